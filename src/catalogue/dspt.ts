import { sources } from './citations.js';
import { cafObjectives, cafOutcomes, cafPrinciples, otherCafOutcomes } from './dspt-caf-outcomes.js';
import type { DsptAuditList, DsptAuditScope, DsptEdition, DsptOutcome } from './dspt-types.js';

/**
 * DSPT editions govspec can map to, pinned by assessment year: the outcome set and the audit
 * list change between years, so an evidence pack always names the edition it answers.
 */
const nhsBodies = 'NHS trusts and foundation trusts, ICBs, CSUs and DHSC arm’s-length bodies';
const oesGenomics =
  'Independent providers designated as operators of essential services, and genomics organisations nominated by DHSC';

/** 2024-25 mandatory list; in 2025-26 it became the list for OES and genomics organisations. */
const audit2024 = ['A2.a', 'A4.a', 'B2.a', 'B4.d', 'C1.a', 'D1.a', 'E2.b', 'E3.a'];

const auditable: readonly DsptOutcome[] = [...cafOutcomes, ...otherCafOutcomes];

const audit2024List: DsptAuditList = {
  scope: 'nhs',
  appliesTo: nhsBodies,
  outcomes: audit2024,
  choose: 4,
  confidence: 'official',
  note: 'Plus 4 outcomes chosen by the organisation and approved by its board; all 47 outcomes are assessed over several years.',
  source: sources.dsptAuditNews.url,
};

const caf2024: DsptEdition = {
  id: '2024-25-caf',
  title: 'Data Security and Protection Toolkit 2024-25, CAF-aligned',
  appliesTo: nhsBodies,
  outcomeCount: 47,
  baseline: {
    text: 'NCSC Cyber Assessment Framework v3.2 baseline: 39 cyber outcomes and 8 information-governance outcomes',
    confidence: 'third-party',
  },
  deadline:
    '30 June 2025 (organisations below the profile submit an improvement plan to reach it by 30 June 2026)',
  objectives: cafObjectives,
  principles: cafPrinciples,
  outcomes: cafOutcomes,
  auditable,
  audit: audit2024List,
  auditLists: [audit2024List],
  notes: [
    'Each outcome is judged Not achieved, Partially achieved or Achieved against indicators of good practice; "Standards Met" needs the NHS England profile level for every outcome.',
    'This pack lists the outcomes an integration estate can speak to; the other contributing outcomes need evidence from elsewhere.',
    'Where DPIAs sit among the CAF-aligned outcomes is not stated by NHS England; this pack cites them under A2.a.',
  ],
  sources: [
    sources.dsptAuditNews.url,
    sources.dsptNews152.url,
    'https://digital.nhs.uk/cyber-and-data-security/guidance-and-assurance/2024-25-caf-aligned-dspt-guidance',
  ],
};

const audit2025List: DsptAuditList = {
  scope: 'nhs',
  appliesTo: nhsBodies,
  outcomes: ['A1.a', 'B1.a', 'B4.a', 'B5.a', 'B5.c', 'C1.b', 'D2.a', 'E2.a', 'E2.c'],
  choose: 3,
  confidence: 'official',
  note: 'Plus 3 outcomes of the organisation’s choice.',
  source: sources.dsptNews162.url,
};

const audit2025Oes: DsptAuditList = {
  scope: 'oes-genomics',
  appliesTo: oesGenomics,
  outcomes: audit2024,
  choose: 4,
  confidence: 'official',
  note: 'Plus 4 outcomes of the organisation’s choice.',
  source: sources.dsptNews162.url,
};

const caf2025: DsptEdition = {
  ...caf2024,
  id: '2025-26-caf',
  title: 'Data Security and Protection Toolkit 2025-26, CAF-aligned',
  appliesTo: `${nhsBodies}; ${oesGenomics}`,
  baseline: {
    text: 'Assumed the same 47 outcomes as 2024-25: the pages checked do not state the CAF version of this edition',
    confidence: 'unconfirmed',
  },
  deadline: undefined,
  audit: audit2025List,
  auditLists: [audit2025List, audit2025Oes],
  notes: [
    ...caf2024.notes,
    'No NHS England edition based on NCSC CAF v4.0 could be verified from an NHS England source as of 1 December 2026; this edition is the latest govspec can pin.',
  ],
  sources: [sources.dsptNews162.url, ...caf2024.sources],
};

export const dsptEditions: readonly DsptEdition[] = [caf2024, caf2025];

/** The edition an organisation is assessed against now: the latest one that could be verified. */
export const currentEdition = caf2025.id;

export function findEdition(id: string): DsptEdition | undefined {
  return dsptEditions.find((e) => e.id === id);
}

/** An outcome govspec maps evidence to. */
export function findOutcome(edition: DsptEdition, id: string): DsptOutcome | undefined {
  return edition.outcomes.find((o) => o.id === id);
}

/** Any contributing outcome of the edition, mapped or not: what an organisation may choose for audit. */
export function findAuditable(edition: DsptEdition, id: string): DsptOutcome | undefined {
  return edition.auditable.find((o) => o.id === id);
}

/** The mandatory list for the organisation's scope; the NHS list when the edition has no other. */
export function auditListFor(edition: DsptEdition, scope: DsptAuditScope | undefined): DsptAuditList {
  return edition.auditLists.find((l) => l.scope === (scope ?? 'nhs')) ?? edition.audit;
}
