import { sources } from './citations.js';
import type { RetentionType } from './retention-types.js';

/**
 * The Records Management Code of Practice 2021 (updated 7 August 2023) retention catalogue, as far
 * as it could be checked against public sources. Periods are minimums. Appendix II of the live
 * Code is the authority: every 'unconfirmed' fact must be checked there by an IG lead.
 */
const appendixII = 'Records Management Code of Practice 2021 (updated 2023), Appendix II';
const appendixIII = 'Records Management Code of Practice 2021 (updated 2023), Appendix III';
const code = 'https://transform.england.nhs.uk/information-governance/guidance/records-management-code/';
const mdu = 'MDU summary of the 2021 Code (themdu.com)';
const appendixIIPage = sources.rmcAppendix2.url;
// The Appendix II table rows (retention start "Support ended or person last seen"; the X-rays and
// scans note; the electronic patient record system entry) were read on 1 December 2026 in a
// published copy of the table: docs.google.com/spreadsheets/d/1TzzvsxkGqD1BzNeercW2UsSxTQj711NsVJsN16AlKyE
const illustration =
  'This includes medical illustration records such as X-rays and scans as well as video and other formats (the Code’s own note).';
const bakerMcKenzie =
  'Baker McKenzie, NHSX guidance on medical records management (viewpoints.bakermckenzie.com)';

export const retentionCatalogue: readonly RetentionType[] = [
  {
    id: 'adult-health',
    title: 'Adult health records not covered elsewhere',
    kind: 'clinical',
    minimum: { text: '8 years', confidence: 'confirmed', comparable: 'P8Y' },
    trigger: {
      text: 'support ended or person last seen (for a hospital patient, usually discharge from care)',
      confidence: 'confirmed',
    },
    caveats: [],
    reference: appendixII,
    sources: [appendixIIPage, mdu],
    note: illustration,
    origin: 'code',
  },
  {
    id: 'children',
    title: "Children's records",
    kind: 'clinical',
    minimum: {
      text: "until the patient's 25th birthday, or 26th if aged 17 at the end of treatment",
      confidence: 'confirmed',
      comparable: 'P25Y',
      derivation:
        'a record whose treatment ended at birth is kept 25 years, the longest span this rule can require',
    },
    trigger: {
      text: "support ended; kept until the patient's birthday (age-based)",
      confidence: 'confirmed',
    },
    caveats: [],
    reference: appendixII,
    sources: [appendixIIPage, mdu],
    note: illustration,
    origin: 'code',
  },
  {
    id: 'maternity',
    title: 'Maternity records (obstetric, antenatal, postnatal)',
    kind: 'clinical',
    minimum: { text: '25 years', confidence: 'confirmed', comparable: 'P25Y' },
    trigger: { text: 'after care ceased', confidence: 'confirmed' },
    caveats: [],
    reference: appendixII,
    sources: [mdu, bakerMcKenzie],
    note: "Maternity records are also part of the child's record: consider the longer of the two periods.",
    origin: 'code',
  },
  {
    id: 'mental-health',
    title: 'Mental health records (including psychology)',
    kind: 'clinical',
    minimum: { text: '20 years, or 10 years after death', confidence: 'confirmed', comparable: 'P20Y' },
    trigger: { text: 'after the cessation of treatment', confidence: 'confirmed' },
    caveats: [],
    reference: appendixII,
    sources: [mdu],
    note: 'The period after death was previously 8 years.',
    origin: 'code',
  },
  {
    id: 'gp-living',
    title: 'GP records, living patient',
    kind: 'clinical',
    minimum: {
      text: 'kept continually while the patient is alive',
      confidence: 'confirmed',
      comparable: 'indefinite',
    },
    trigger: { text: 'none while the patient is alive', confidence: 'confirmed' },
    caveats: [],
    reference: `${appendixII}; NHS England, Keeping GP records`,
    sources: ['https://www.england.nhs.uk/long-read/keeping-gp-records/'],
    origin: 'code',
  },
  {
    id: 'gp-deceased',
    title: 'GP records, deceased patient',
    kind: 'clinical',
    minimum: { text: '10 years', confidence: 'confirmed', comparable: 'P10Y' },
    trigger: { text: 'after death', confidence: 'confirmed' },
    caveats: [],
    reference: appendixII,
    sources: [mdu, bakerMcKenzie],
    origin: 'code',
  },
  {
    id: 'gp-deregistered',
    title: 'GP records, patient deregistered with reason unknown',
    kind: 'clinical',
    minimum: { text: '100 years', confidence: 'confirmed', comparable: 'P100Y' },
    trigger: { text: 'from deregistration', confidence: 'unconfirmed' },
    caveats: [
      {
        text: 'a review of this period was due to finish by the end of 2023; its outcome',
        confidence: 'unconfirmed',
      },
    ],
    reference: appendixII,
    sources: [mdu, 'Pulse (pulsetoday.co.uk)', 'HTN (htn.co.uk)'],
    origin: 'code',
  },
  {
    id: 'ambulance',
    title: 'Ambulance clinical records',
    kind: 'clinical',
    minimum: {
      text: 'as acute or mental health records, depending on where the patient was taken',
      confidence: 'confirmed',
    },
    trigger: { text: 'as for the record type it follows', confidence: 'confirmed' },
    caveats: [],
    reference: appendixIII,
    sources: [`${code} (Appendix III)`],
    note: 'Declare the record type of the destination (adult-health, children, mental-health) so the period can be checked.',
    origin: 'code',
  },
  {
    id: 'pathology',
    title: 'Pathology results, reports and specimens',
    kind: 'clinical',
    minimum: { text: 'period not confirmed in the Code', confidence: 'unconfirmed' },
    trigger: { text: 'not confirmed', confidence: 'unconfirmed' },
    caveats: [],
    reference: `${appendixII}; RCPath/IBMS, The retention and storage of pathological records and specimens (5th ed., 2015)`,
    sources: ['RCPath G031 (5th edition, 2015)'],
    origin: 'code',
  },
  {
    id: 'radiology',
    title: 'Radiology images and reports',
    kind: 'clinical',
    minimum: {
      text: 'as the health record they belong to: 8 years for adults; for children until the 25th birthday, or 26th if aged 17 at the end of treatment',
      confidence: 'confirmed',
      comparable: 'P8Y',
      derivation: "images of children follow the children's record (declare the children record type)",
    },
    trigger: {
      text: 'as for the adult or children’s health record: support ended or person last seen',
      confidence: 'confirmed',
    },
    caveats: [],
    reference: appendixII,
    sources: [appendixIIPage],
    note: 'The Code’s adult and children’s health record entries include medical illustration records such as X-rays and scans.',
    origin: 'code',
  },
  {
    id: 'emergency-department',
    title: 'A&E / emergency department records',
    kind: 'clinical',
    minimum: {
      text: 'period not confirmed in the Code; adult or children rules likely apply',
      confidence: 'unconfirmed',
    },
    trigger: { text: 'not confirmed', confidence: 'unconfirmed' },
    caveats: [],
    reference: appendixII,
    sources: [],
    origin: 'code',
  },
  {
    id: 'audit-trail',
    title: 'Audit trails and system access logs',
    kind: 'audit-trail',
    minimum: { text: 'as the record the audit trail belongs to', confidence: 'confirmed' },
    trigger: { text: 'as for the record it belongs to', confidence: 'confirmed' },
    caveats: [],
    reference: appendixII,
    sources: [appendixIIPage],
    note: 'The Code’s entry for electronic patient record systems: the system and its audit trails are kept for the retention period of the last entry. An engine’s own access logs are not the patient record’s audit trail: set their period locally, no shorter than investigations need.',
    origin: 'code',
  },
  {
    id: 'integration-message-log',
    title: 'Integration engine message logs',
    kind: 'message-log',
    minimum: { text: 'no period found in the Code', confidence: 'unconfirmed' },
    trigger: { text: 'not confirmed', confidence: 'unconfirmed' },
    caveats: [],
    reference: appendixII,
    sources: [],
    note: 'Classify by content: a message log is either part of the clinical record or an audit trail.',
    origin: 'code',
  },
  {
    id: 'email',
    title: 'Emails',
    kind: 'other',
    minimum: { text: 'no separate period: managed by content', confidence: 'unconfirmed' },
    trigger: { text: 'as for the record type of the content', confidence: 'unconfirmed' },
    caveats: [],
    reference: appendixIII,
    sources: [`${code} (Appendix III)`],
    origin: 'code',
  },
  {
    id: 'complaints',
    title: 'Complaints',
    kind: 'other',
    minimum: { text: '10 years is commonly cited', confidence: 'unconfirmed' },
    trigger: { text: 'after closure of the complaint', confidence: 'unconfirmed' },
    caveats: [],
    reference: appendixII,
    sources: [],
    origin: 'code',
  },
];

/** The catalogue entries that describe the engine's message store and the audit log. */
export const messageLogType = 'integration-message-log';
export const auditTrailType = 'audit-trail';

/** Data subjects that need a record type of their own, never the adult one. */
export const subjectRecordTypes: Readonly<Record<string, { type: string; words: string }>> = {
  children: { type: 'children', words: "children's" },
  maternity: { type: 'maternity', words: 'maternity' },
  'mental-health': { type: 'mental-health', words: 'mental health' },
};
