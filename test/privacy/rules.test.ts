import { describe, expect, it } from 'vitest';
import { privacyRules } from '../../src/rules/privacy/rules/index.js';
import { analyse, codes, spec, type Patch } from './helpers.js';
import { igRules } from './ig-cases.js';

interface Case {
  name: string;
  patch: Patch[];
  /** Rule codes expected (sorted); [] for a spec that carries the control. */
  expect: string[];
  /** JSON pointer the single expected diagnostic carries. */
  pointer?: string;
}

/** Another organisation receives the data, with the sharing otherwise governed (so only the rule under test fires). */
const external: Patch = (s) => {
  s.target = { system: 'GP system', org: 'Y01234', orgName: 'GP practices' };
  s.transparency = { notice: 'https://example.nhs.uk/privacy', coversFlow: true, means: ['privacy-notice'] };
  s.objection = { honoured: 'yes', mechanism: 'dissent recorded in the EPR' };
  s.sharingAgreement = { kind: 'data-sharing-agreement', reference: 'https://example.nhs.uk/dsa/1' };
};
const research: Patch = (s) => {
  s.purpose = 'research';
  s.transparency = { notice: 'https://example.nhs.uk/research-notice', coversFlow: true };
  s.lawfulBasis = {
    article6: '6(1)(e)',
    article9: '9(2)(j)',
    confidentiality: 's251',
    optOut: { applies: 'yes', applied: true },
  };
  s.data!.items = s.data!.items.map((item) => ({ ...item, needed: 'linkage for the study' }));
};

const table: Record<string, Case[]> = {
  'privacy-special-category-no-condition': [
    {
      name: 'health items, no Art. 9',
      patch: [(s) => delete s.lawfulBasis!.article9],
      expect: ['privacy-special-category-no-condition'],
      pointer: '/lawfulBasis',
    },
    {
      name: 'no lawful basis at all',
      patch: [(s) => delete s.lawfulBasis],
      expect: ['privacy-special-category-no-condition'],
      pointer: '/data/items/2',
    },
    {
      name: 'mental-health subjects with only personal items',
      patch: [
        (s) => delete s.lawfulBasis!.article9,
        (s) => (s.data = { subjects: ['mental-health'], items: [{ name: 'Name', class: 'personal' }] }),
      ],
      expect: ['privacy-special-category-no-condition'],
      pointer: '/lawfulBasis',
    },
    { name: 'control: Art. 9 condition recorded', patch: [], expect: [] },
    {
      name: 'control: no special category data',
      patch: [
        (s) => delete s.lawfulBasis!.article9,
        (s) => (s.data!.items = [{ name: 'NHS number', class: 'identifier' }]),
      ],
      expect: [],
    },
  ],
  'privacy-external-unprotected': [
    {
      name: 'external, unencrypted',
      patch: [external, (s) => (s.transport.encryption = 'none')],
      expect: ['privacy-external-unprotected'],
      pointer: '/transport/encryption',
    },
    {
      name: 'external, encryption not recorded',
      patch: [external, (s) => delete s.transport.encryption],
      expect: ['privacy-external-unprotected'],
      pointer: '/transport',
    },
    {
      name: 'control: external over the internet with TLS (Internet First)',
      patch: [external, (s) => (s.transport = { kind: 'https', network: 'internet', encryption: 'tls' })],
      expect: [],
    },
    {
      name: 'control: external over HSCN with TLS',
      patch: [external, (s) => (s.transport.network = 'hscn')],
      expect: [],
    },
    {
      name: 'control: external over the internet with mutual TLS',
      patch: [external, (s) => (s.transport = { kind: 'mesh', network: 'internet', encryption: 'mtls' })],
      expect: [],
    },
    {
      name: 'control: unencrypted but stays inside the organisation',
      patch: [(s) => (s.transport.encryption = 'none')],
      expect: [],
    },
    {
      name: 'control: external but pseudonymised',
      patch: [
        external,
        (s) => (s.transport.encryption = 'none'),
        (s) =>
          (s.data!.items = [
            { name: 'Pseudonym', class: 'pseudonymised' },
            { name: 'Diagnosis', class: 'health' },
          ]),
      ],
      expect: [],
    },
  ],
  'privacy-free-text': [
    {
      name: 'free text with no stated need',
      patch: [(s) => s.data!.items.push({ name: 'Clinical notes', class: 'health', freeText: true })],
      expect: ['privacy-free-text'],
      pointer: '/data/items/3',
    },
    {
      name: 'free text in a research flow, even with a need',
      patch: [
        research,
        (s) => s.data!.items.push({ name: 'Notes', class: 'health', freeText: true, needed: 'context' }),
      ],
      expect: ['privacy-free-text'],
      pointer: '/data/items/3',
    },
    {
      name: 'control: free text with a stated need for direct care',
      patch: [
        (s) =>
          s.data!.items.push({
            name: 'Discharge narrative',
            class: 'health',
            freeText: true,
            needed: 'the GP needs the narrative',
          }),
      ],
      expect: [],
    },
  ],
  'privacy-items-not-justified': [
    {
      name: 'research flow with unjustified identifiers',
      patch: [research, (s) => s.data!.items.push({ name: 'Postcode', class: 'personal' })],
      expect: ['privacy-items-not-justified'],
      pointer: '/data/items/3',
    },
    {
      name: 'other special category item in direct care with no need',
      patch: [(s) => s.data!.items.push({ name: 'Ethnicity', class: 'special' })],
      expect: ['privacy-items-not-justified'],
      pointer: '/data/items/3',
    },
    { name: 'control: research flow with every item justified', patch: [research], expect: [] },
    {
      name: 'control: ethnicity with a stated need',
      patch: [
        (s) =>
          s.data!.items.push({ name: 'Ethnicity', class: 'special', needed: 'equality monitoring of care' }),
      ],
      expect: [],
    },
  ],
  'privacy-secondary-implied-consent': [
    {
      name: 'planning on implied consent',
      patch: [
        research,
        (s) => (s.purpose = 'planning'),
        (s) => (s.lawfulBasis!.confidentiality = 'implied-consent'),
      ],
      expect: ['privacy-secondary-implied-consent'],
      pointer: '/lawfulBasis/confidentiality',
    },
    {
      name: 'direct-care flow whose consumer uses it for commissioning, no basis recorded',
      patch: [
        (s) => delete s.lawfulBasis!.confidentiality,
        (s) => (s.consumers = [{ name: 'Contracts team', use: 'commissioning' }]),
        (s) => (s.data!.items = s.data!.items.map((i) => ({ ...i, needed: 'x' }))),
        (s) => (s.lawfulBasis!.optOut = { applies: 'yes', applied: true }),
        (s) => (s.transparency = { notice: 'https://example.nhs.uk/privacy', coversFlow: true }),
      ],
      expect: ['privacy-secondary-implied-consent', 'privacy-use-beyond-purpose'],
      pointer: '/lawfulBasis',
    },
    { name: 'control: research under s.251 support', patch: [research], expect: [] },
    { name: 'control: direct care on implied consent', patch: [], expect: [] },
  ],
  'privacy-opt-out-not-addressed': [
    {
      name: 'research, opt-out not recorded',
      patch: [research, (s) => delete s.lawfulBasis!.optOut],
      expect: ['privacy-opt-out-not-addressed'],
      pointer: '/lawfulBasis',
    },
    {
      name: 'research, opt-out applies but not applied',
      patch: [research, (s) => (s.lawfulBasis!.optOut = { applies: 'yes', applied: false })],
      expect: ['privacy-opt-out-not-addressed'],
      pointer: '/lawfulBasis/optOut/applies',
    },
    {
      name: 'research, not assessed',
      patch: [research, (s) => (s.lawfulBasis!.optOut = { applies: 'not-assessed' })],
      expect: ['privacy-opt-out-not-addressed'],
      pointer: '/lawfulBasis/optOut',
    },
    {
      name: 'research, "no" without a reason',
      patch: [research, (s) => (s.lawfulBasis!.optOut = { applies: 'no' })],
      expect: ['privacy-opt-out-not-addressed'],
      pointer: '/lawfulBasis/optOut/applies',
    },
    { name: 'control: applied', patch: [research], expect: [] },
    {
      name: 'control: does not apply, with the reason',
      patch: [
        research,
        (s) => (s.lawfulBasis!.optOut = { applies: 'no', reason: 'statutory collection required by law' }),
      ],
      expect: [],
    },
    {
      name: 'control: explicit consent',
      patch: [
        research,
        (s) =>
          (s.lawfulBasis = { article6: '6(1)(e)', article9: '9(2)(j)', confidentiality: 'explicit-consent' }),
      ],
      expect: [],
    },
    { name: 'control: direct care', patch: [], expect: [] },
  ],
  'privacy-processor-no-agreement': [
    {
      name: 'processor without agreement',
      patch: [(s) => (s.processors = [{ name: 'Cloud Host Ltd', service: 'hosting' }])],
      expect: ['privacy-processor-no-agreement'],
      pointer: '/processors/0',
    },
    {
      name: 'target is a processor, none listed',
      patch: [(s) => (s.target.role = 'processor')],
      expect: ['privacy-processor-no-agreement'],
      pointer: '/target/role',
    },
    {
      name: 'control: agreement recorded',
      patch: [
        (s) =>
          (s.processors = [{ name: 'Cloud Host Ltd', agreement: 'https://contracts.example.nhs.uk/dpa/42' }]),
      ],
      expect: [],
    },
  ],
  'privacy-transfer-outside-uk': [
    {
      name: 'transfer with no safeguard',
      patch: [(s) => (s.transfers = [{ country: 'United States' }])],
      expect: ['privacy-transfer-outside-uk'],
      pointer: '/transfers/0',
    },
    {
      name: 'transfer with safeguard none',
      patch: [(s) => (s.transfers = [{ country: 'India', safeguard: 'none' }])],
      expect: ['privacy-transfer-outside-uk'],
      pointer: '/transfers/0',
    },
    {
      name: 'IDTA with no record that the data protection test is met',
      patch: [(s) => (s.transfers = [{ country: 'United States', safeguard: 'idta' }])],
      expect: ['privacy-transfer-outside-uk'],
      pointer: '/transfers/0/safeguard',
    },
    {
      name: 'control: IDTA, the data protection test met',
      patch: [
        (s) => (s.transfers = [{ country: 'United States', safeguard: 'idta', dataProtectionTest: true }]),
      ],
      expect: [],
    },
    {
      name: 'control: approved by regulations (Art. 45A)',
      patch: [(s) => (s.transfers = [{ country: 'France', safeguard: 'approved-by-regulations' }])],
      expect: [],
    },
    {
      name: 'control: "transfer" to the UK',
      patch: [(s) => (s.transfers = [{ country: 'United Kingdom' }])],
      expect: [],
    },
  ],
  'privacy-message-log-retention': [
    {
      name: 'kept forever',
      patch: [(s) => (s.retention!.messageLog = 'forever')],
      expect: ['privacy-message-log-retention'],
      pointer: '/retention/messageLog',
    },
    {
      name: 'kept two years',
      patch: [(s) => (s.retention!.messageLog = 'P2Y')],
      expect: ['privacy-message-log-retention'],
      pointer: '/retention/messageLog',
    },
    {
      name: 'period never purged',
      patch: [(s) => (s.retention!.messageLogPurge = 'none')],
      expect: ['privacy-message-log-retention'],
      pointer: '/retention/messageLogPurge',
    },
    {
      name: 'engine store with no period',
      patch: [(s) => delete s.retention],
      expect: ['privacy-message-log-retention'],
      pointer: '/engine',
    },
    {
      name: 'control: 90 days, purged automatically',
      patch: [(s) => (s.retention!.messageLog = 'P90D')],
      expect: [],
    },
    {
      name: 'control: point-to-point, no store',
      patch: [(s) => delete s.retention, (s) => (s.engine = { kind: 'none' })],
      expect: [],
    },
    { name: 'control: content not kept', patch: [(s) => (s.retention!.messageLog = 'none')], expect: [] },
  ],
};

describe('privacy rules', () => {
  it('the base spec raises no privacy risk', () => {
    expect(codes(analyse([spec()]))).toEqual([]);
  });

  it('every registered rule has a table, here or with line and column in rules-ig.test.ts', () => {
    expect([...Object.keys(table), ...igRules].sort()).toEqual(privacyRules.map((r) => r.id).sort());
  });

  for (const [rule, cases] of Object.entries(table)) {
    describe(rule, () => {
      it('has at least one triggering case and one control case', () => {
        expect(cases.some((c) => c.expect.includes(rule))).toBe(true);
        expect(cases.some((c) => c.expect.length === 0)).toBe(true);
      });
      for (const c of cases) {
        it(c.name, () => {
          const run = analyse([spec(...c.patch)]);
          expect(codes(run)).toEqual(c.expect);
          if (c.pointer) expect(run.diagnostics.find((d) => d.code === rule)!.pointer).toBe(c.pointer);
          const risks = run.analysis.privacy!.integrations['pas-adt-to-epr']!.risks.map((r) => r.id);
          expect([...risks].sort()).toEqual(c.expect);
        });
      }
    });
  }

  it('gives no DPIA risks for a flow with no personal data', () => {
    const run = analyse([
      spec((s) => {
        s.data = { subjects: [], items: [{ name: 'Bed count', class: 'operational' }] };
        s.transport.encryption = 'none';
        s.target.org = 'X99';
        delete s.lawfulBasis;
        s.retention!.messageLog = 'forever';
      }),
    ]);
    expect(run.analysis.privacy!.integrations['pas-adt-to-epr']).toMatchObject({
      personalData: false,
      risks: [],
    });
    expect(codes(run)).toEqual([]);
  });

  it('skips retired integrations', () => {
    const run = analyse([spec((s) => ((s.status = 'retired'), (s.transfers = [{ country: 'France' }])))]);
    expect(run.analysis.privacy!.integrations).toEqual({});
    expect(codes(run)).toEqual([]);
  });
});
