import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsHost } from '../../src/core/host.js';
import { readZip } from '../../src/emit/office/zip.js';
import { isKept, wholeFile } from '../../src/emit/types.js';
import { generate } from '../../src/pipeline/generate.js';

/**
 * The DPIA sections of three example integrations (a GP Connect record view, the PDS lookup, a
 * document to GP practices) as the build generates them, in both layouts, Word and Markdown: every
 * data-flow field an NHS DPIA carries must be there, filled from the spec's facts.
 */
const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const env = { SOURCE_DATE_EPOCH: '1790000000' };
const flows = ['gp-connect-access-record', 'pds-lookup', 'discharge-summary-to-gp'] as const;
type Flow = (typeof flows)[number];
type Layout = 'ico' | 'nhs-england';

/** Word document text: one line per paragraph, entities decoded. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(readZip(bytes).find((e) => e.path === 'word/document.xml')!.content);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const texts = new Map<string, { md: string; docx: string }>();
let scratch = '';

async function build(dir: string, layout: Layout) {
  const before = process.env.GOVSPEC_CHROMIUM;
  process.env.GOVSPEC_CHROMIUM = join(dir, 'no-browser-here');
  try {
    const result = await generate({ host: new FsHost(dir), fallbackAsOf: '2026-12-01', env });
    for (const id of flows) {
      const file = (ext: string) => result.files!.find((f) => f.path === `privacy/${id}.dpia.${ext}`)!;
      const md = file('md');
      const docx = file('docx');
      if (isKept(md) || isKept(docx)) throw new Error('expected generated content');
      texts.set(`${layout}/${id}`, {
        md: String(wholeFile(md).content),
        docx: docxText(wholeFile(docx).content as Uint8Array),
      });
    }
  } finally {
    if (before === undefined) delete process.env.GOVSPEC_CHROMIUM;
    else process.env.GOVSPEC_CHROMIUM = before;
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'govspec-dpia-fields-'));
  for (const layout of ['ico', 'nhs-england'] as const) {
    const dir = join(scratch, layout);
    cpSync(join(repo, 'specs'), join(dir, 'specs'), { recursive: true });
    cpSync(join(repo, 'channels'), join(dir, 'channels'), { recursive: true });
    cpSync(join(repo, 'docs'), join(dir, 'docs'), { recursive: true });
    const config = readFileSync(join(repo, 'govspec.config.yaml'), 'utf8').replace(
      /^privacy: .*$/m,
      `privacy: { dpiaLayout: ${layout} }`,
    );
    writeFileSync(join(dir, 'govspec.config.yaml'), config);
    await build(dir, layout);
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The field, what it is labelled, and facts of each spec it must show. */
const fields: Array<{ field: string; labels: string[]; facts?: Partial<Record<Flow, string[]>> }> = [
  {
    field: 'purpose and benefit',
    labels: ['Purpose', 'Benefits'],
    facts: {
      'gp-connect-access-record': ['Medicines reconciliation on admission starts from the GP record'],
      'pds-lookup': ['matched to their verified NHS number'],
      'discharge-summary-to-gp': ['within a day of discharge'],
    },
  },
  {
    field: 'every system and hop with its role',
    labels: ['System, in the order the data travels', 'Run by', 'Data-protection role'],
    facts: {
      'gp-connect-access-record': ['Spine Secure Proxy', 'NHS England, ODS X26', 'processor'],
      'pds-lookup': ['NHS England API Platform', 'Personal Demographics Service'],
      'discharge-summary-to-gp': [
        'MESH (Message Exchange for Social Care and Health)',
        'Mirth Connect, channel DISCHARGE_TO_MESH',
      ],
    },
  },
  {
    field: 'legal basis',
    labels: [
      'UK GDPR Art. 6 lawful basis',
      'UK GDPR Art. 9 condition',
      'DPA 2018 Schedule 1 condition',
      'Common-law duty of confidentiality',
      'Statutory routes',
    ],
    facts: {
      'gp-connect-access-record': [
        'Art. 6(1)(e) public task',
        'Sch.1 Pt.1 para 2',
        'Health and Social Care Act 2012 s.254',
      ],
      'pds-lookup': ['Art. 9 condition not required: no special category data'],
      'discharge-summary-to-gp': ['Health and Social Care Act 2012 s.251B'],
    },
  },
  {
    field: 'data items, personal and special category, with their justification',
    labels: ['Personal data: item', 'Special category data', 'Why it is needed'],
    facts: {
      'pds-lookup': ['Confirms the trace is the patient at the desk.', 'Special category data: none.'],
      'discharge-summary-to-gp': ['Special category data: item', 'Medications on discharge'],
    },
  },
  {
    field: 'identifiers carried and where they are logged',
    labels: ['Identifiers carried', 'Where identifiers are recorded'],
    facts: { 'pds-lookup': ['NHS number in request URLs', 'access audit log'] },
  },
  {
    field: 'matching and linkage',
    labels: ['Matched on, in order', 'When no patient matches'],
    facts: { 'pds-lookup': ['demographics (name, date of birth, postcode)', 'held for a person to review'] },
  },
  {
    field: 'recipients',
    labels: ['Recipient'],
    facts: { 'discharge-summary-to-gp': ['Registered GP practices', 'a current DSPT at Standards Met'] },
  },
  {
    field: 'retention at each hop',
    labels: ['Where a copy is kept', 'How long', 'How it is deleted'],
    facts: { 'discharge-summary-to-gp': ['Engine message store', '6 months', 'purged by hand'] },
  },
  {
    field: 'country of storage and processing',
    labels: ['Country of storage and processing'],
    facts: { 'gp-connect-access-record': ['UK'] },
  },
  {
    field: 'national data opt-out',
    labels: ['Does the national data opt-out apply?'],
    facts: Object.fromEntries(
      flows.map((f) => [
        f,
        [
          'https://digital.nhs.uk/services/national-data-opt-out/operational-policy-guidance-document/what-are-national-data-opt-outs',
        ],
      ]),
    ),
  },
  {
    field: 'sensitive patients',
    labels: ['Patients flagged as sensitive (S-flag)'],
    facts: { 'pds-lookup': ['leaves out the address and contact details'] },
  },
  {
    field: 'dissent and objection beyond the opt-out',
    labels: ['Dissent and objection (beyond the national data opt-out)', 'How a patient objects'],
    facts: { 'gp-connect-access-record': ['yes: an objection stops the sharing', 'records the dissent'] },
  },
  {
    field: 'transparency',
    labels: ['Privacy notice', 'Does it describe this sharing?', 'How individuals are told'],
    facts: {
      'discharge-summary-to-gp': ['Patients are told on discharge that a summary goes to their GP practice.'],
    },
  },
  {
    field: 'rights requests',
    labels: ['How rights requests are made and met'],
    facts: { 'gp-connect-access-record': ['Information Governance team'] },
  },
  {
    field: 'technical and organisational security controls',
    labels: [
      'Encryption in transit',
      'How the receiving end authenticates the sender',
      'How users sign in',
      'Audit log integrity',
      'Named owner',
    ],
    facts: {
      'gp-connect-access-record': ['mutual TLS over HSCN', 'NHS Care Identity Service 2'],
      'pds-lookup': ['OAuth 2.0 with a signed client assertion'],
      'discharge-summary-to-gp': ['MESH mailbox certificate'],
    },
  },
  {
    field: 'risks with likelihood, severity and overall rating',
    labels: [
      'Source of risk and nature of potential impact on individuals',
      'Likelihood of harm',
      'Severity of harm',
      'Overall risk',
    ],
    facts: {
      'gp-connect-access-record': ['Loss of availability of the data for care'],
      'pds-lookup': ['Identifiers in URLs or logs'],
    },
  },
  { field: 'further actions', labels: ['Further actions'] },
  {
    field: 'signatories',
    labels: ['Signatories', 'Caldicott Guardian', 'Data Protection Officer', 'Senior Information Risk Owner'],
  },
  { field: 'summary of high residual risks', labels: ['Summary of high residual risks'] },
];

describe.each(['ico', 'nhs-england'] as const)('DPIA fields in the %s layout', (layout) => {
  describe.each(flows)('%s', (flow) => {
    it.each(fields)('carries $field in Word and Markdown', ({ labels, facts }) => {
      const t = texts.get(`${layout}/${flow}`)!;
      const md = t.md.replace(/\\/g, '');
      for (const words of [...labels, ...(facts?.[flow] ?? [])]) {
        expect(t.docx, `Word: ${words}`).toContain(words);
        expect(md, `Markdown: ${words}`).toContain(words);
      }
    });

    it('speaks plain words: no tool jargon, no raw ids, no repeated confirmation labels', () => {
      const { docx } = texts.get(`${layout}/${flow}`)!;
      for (const jargon of [
        'govspec rule',
        'govspec default',
        'UNCONFIRMED',
        'Target record:',
        'not-recorded',
        'implied-consent',
      ])
        expect(docx, jargon).not.toContain(jargon);
      // Rule ids (privacy-free-text, privacy-not-informed...) never reach a signed document.
      expect(docx).not.toMatch(/\bprivacy-[a-z]+-[a-z]+/);
    });
  });

  it('follows the layout’s headings', () => {
    const md = texts.get(`${layout}/pds-lookup`)!.md;
    const headings = md
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .slice(1);
    if (layout === 'ico') {
      expect(headings[0]).toBe('## 1 Description of the processing (ICO step 2)');
      expect(headings).toContain('## 4 Risks to individuals (ICO step 5)');
      expect(headings).toHaveLength(6);
    } else {
      expect(headings[0]).toBe('## 1 Background');
      expect(headings).toContain('## 16 Does the National Data Opt-Out apply to the processing?');
      expect(headings.at(-1)).toBe('## 20 Summary of high residual risks');
      expect(headings).toHaveLength(20);
    }
  });
});
