/**
 * Table cases for the information-governance risk rules, as YAML text so that each expected
 * position (line and column of the key the diagnostic points at) can be read off the text.
 * The base flow stays inside the organisation and raises no risk; `external` lines make another
 * organisation the receiver with the sharing otherwise governed, so one fact at a time is taken away.
 */
export const baseLines = [
  'govspec: 1',
  'id: pas-adt-to-epr',
  'version: 1.0.0',
  'title: PAS ADT to EPR',
  'status: live',
  'source: { system: PAS, org: RXX }',
  'target: { system: EPR, org: RXX }',
  'engine: { kind: mirth, channel: ADT }',
  'protocol: { standard: hl7v2, version: "2.4", messages: [ADT^A01] }',
  'transport: { kind: mllp, network: internal, encryption: tls }',
  'data:',
  '  subjects: [patients]',
  '  items:',
  '    - { name: NHS number, class: identifier }',
  '    - { name: Name, class: personal }',
  '    - { name: Ward, class: health }',
  'purpose: direct-care',
  'lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: implied-consent }',
  'retention: { record: adult-health, messageLog: P30D, messageLogPurge: automatic }',
];

/** Replacements for base lines, by the text a line starts with. */
export type LineChanges = Record<string, string>;

export const externalTarget: LineChanges = {
  'target:': 'target: { system: GP system, org: Y01234, orgName: GP practices }',
};

export const governed = {
  transparency:
    'transparency: { notice: https://example.nhs.uk/privacy, coversFlow: true, means: [privacy-notice] }',
  objection: 'objection: { honoured: "yes", mechanism: dissent recorded in the EPR }',
  sharingAgreement:
    'sharingAgreement: { kind: data-sharing-agreement, reference: https://example.nhs.uk/dsa/1, reviewed: 2026-01-10 }',
  recipients: 'recipients: [{ name: GP practices, org: Y01234, assurance: dspt-standards-met }]',
};

/** Every governed line but the ones named. */
export function governedExcept(...left: Array<keyof typeof governed>): string[] {
  return Object.entries(governed)
    .filter(([k]) => !left.includes(k as keyof typeof governed))
    .map(([, v]) => v);
}

export interface IgCase {
  name: string;
  changes?: LineChanges;
  /** Lines appended after the base, numbered from 20. */
  extra?: string[];
  expect: string[];
  /** For a firing case: the pointer, and the line with the text whose first character is the column. */
  at?: { pointer: string; line: number; key: string };
}

export function yamlOf(c: IgCase): string {
  const lines = baseLines.map((l) => {
    const key = Object.keys(c.changes ?? {}).find((k) => l.startsWith(k));
    return key ? c.changes![key]! : l;
  });
  return [...lines, ...(c.extra ?? [])].join('\n') + '\n';
}

const careUser = 'consumers: [{ name: Ward clinicians, use: direct-care-decisions }]';
const support = 'sla: { hours: 24x7, restore: PT4H }';
const externalSource: LineChanges = {
  'source:': 'source: { system: GP system, org: Y01234, orgName: GP practices }',
};
const onDemand = 'latency: { contract: on-demand }';

export const igTable: Record<string, IgCase[]> = {
  'privacy-not-informed': [
    {
      name: 'shared with another organisation, no privacy notice recorded',
      changes: externalTarget,
      extra: governedExcept('transparency'),
      expect: ['privacy-not-informed'],
      at: { pointer: '/target', line: 7, key: 'target' },
    },
    {
      name: 'the privacy notice does not cover the sharing',
      changes: externalTarget,
      extra: [
        ...governedExcept('transparency'),
        'transparency: { notice: https://example.nhs.uk/privacy, coversFlow: false }',
      ],
      expect: ['privacy-not-informed'],
      at: { pointer: '/transparency/coversFlow', line: 23, key: 'coversFlow' },
    },
    {
      name: 'individuals are told by no means',
      changes: externalTarget,
      extra: [...governedExcept('transparency'), 'transparency: { means: [none] }'],
      expect: ['privacy-not-informed'],
      at: { pointer: '/transparency/means', line: 23, key: 'means' },
    },
    {
      name: 'control: the notice covers the sharing',
      changes: externalTarget,
      extra: governedExcept(),
      expect: [],
    },
    { name: 'control: stays inside the organisation for direct care', expect: [] },
  ],
  'privacy-use-beyond-purpose': [
    {
      name: 'a direct-care flow used for billing',
      extra: ['consumers: [{ name: Finance team, use: billing }]'],
      expect: ['privacy-use-beyond-purpose'],
      at: { pointer: '/consumers/0/use', line: 20, key: 'use' },
    },
    {
      name: 'the second consumer uses it for billing',
      extra: [
        'consumers:',
        '  - { name: Clerks, use: administration }',
        '  - { name: Contracts team, use: billing }',
      ],
      expect: ['privacy-use-beyond-purpose'],
      at: { pointer: '/consumers/1/use', line: 22, key: 'use' },
    },
    {
      name: 'control: administration supports direct care',
      extra: ['consumers: [{ name: Clerks, use: administration }]'],
      expect: [],
    },
  ],
  'privacy-recipients-not-assured': [
    {
      name: 'a group of practices named by no ODS code, no recipients listed',
      changes: { 'target:': 'target: { system: GP clinical systems, orgName: Registered GP practices }' },
      extra: governedExcept('recipients'),
      expect: ['privacy-recipients-not-assured'],
      at: { pointer: '/target', line: 7, key: 'target' },
    },
    {
      name: 'a recipient whose assurance is not known',
      changes: externalTarget,
      extra: [...governedExcept('recipients'), 'recipients: [{ name: GP practices, assurance: not-known }]'],
      expect: ['privacy-recipients-not-assured'],
      at: { pointer: '/recipients/0/assurance', line: 23, key: 'assurance' },
    },
    {
      name: 'a recipient with no assurance recorded',
      changes: externalTarget,
      extra: [...governedExcept('recipients'), 'recipients: [{ name: GP practices }]'],
      expect: ['privacy-recipients-not-assured'],
      at: { pointer: '/recipients/0', line: 23, key: '{ name' },
    },
    {
      name: 'control: recipients assured by a current DSPT',
      changes: externalTarget,
      extra: governedExcept(),
      expect: [],
    },
  ],
  'privacy-access-not-authorised': [
    {
      name: 'clinicians sign in with a shared account',
      extra: [careUser, support, 'userAccess: { authentication: shared-account }'],
      expect: ['privacy-access-not-authorised'],
      at: { pointer: '/userAccess/authentication', line: 22, key: 'authentication' },
    },
    {
      name: 'access does not depend on role',
      extra: [careUser, support, 'userAccess: { authentication: nhs-cis2, roleBased: false }'],
      expect: ['privacy-access-not-authorised'],
      at: { pointer: '/userAccess/roleBased', line: 22, key: 'roleBased' },
    },
    {
      name: 'records pulled on request from another organisation, authorisation not recorded',
      changes: externalSource,
      extra: [careUser, support, onDemand, ...governedExcept('recipients')],
      expect: ['privacy-access-not-authorised'],
      at: { pointer: '/latency/contract', line: 22, key: 'contract' },
    },
    {
      name: 'control: NHS CIS2 with role-based access',
      changes: externalSource,
      extra: [
        careUser,
        support,
        onDemand,
        ...governedExcept('recipients'),
        'userAccess: { authentication: nhs-cis2, roleBased: true, relationshipCheck: true }',
      ],
      expect: [],
    },
    { name: 'control: no person sees the data', extra: [support], expect: [] },
  ],
  'privacy-objection-overridden': [
    {
      name: 'shared on implied consent, objection handling not recorded',
      changes: externalTarget,
      extra: governedExcept('objection'),
      expect: ['privacy-objection-overridden'],
      at: { pointer: '/lawfulBasis/confidentiality', line: 18, key: 'confidentiality' },
    },
    {
      name: 'objections do not stop the sharing',
      changes: externalTarget,
      extra: [...governedExcept('objection'), 'objection: { honoured: "no", text: Required by law }'],
      expect: ['privacy-objection-overridden'],
      at: { pointer: '/objection/honoured', line: 23, key: 'honoured' },
    },
    {
      name: 'control: objections stop the sharing',
      changes: externalTarget,
      extra: governedExcept(),
      expect: [],
    },
    {
      name: 'control: explicit consent, which the patient can withdraw',
      changes: {
        ...externalTarget,
        'lawfulBasis:':
          'lawfulBasis: { article6: 6(1)(e), article9: 9(2)(h), confidentiality: explicit-consent }',
      },
      extra: governedExcept('objection'),
      expect: [],
    },
  ],
  'privacy-availability-loss': [
    {
      name: 'clinicians act on the data, no service level',
      extra: [careUser],
      expect: ['privacy-availability-loss'],
      at: { pointer: '/consumers/0/use', line: 20, key: 'use' },
    },
    {
      name: 'no restore time',
      extra: [careUser, 'sla: { hours: 24x7 }'],
      expect: ['privacy-availability-loss'],
      at: { pointer: '/sla', line: 21, key: 'sla' },
    },
    {
      name: 'needed in real time, supported in office hours',
      extra: [
        'consumers: [{ name: ED clinicians, use: direct-care-decisions, freshness: realtime }]',
        'sla: { hours: Mon-Fri 08:00-18:00, restore: PT8H }',
      ],
      expect: ['privacy-availability-loss'],
      at: { pointer: '/sla/hours', line: 21, key: 'hours' },
    },
    { name: 'control: supported around the clock', extra: [careUser, support], expect: [] },
    {
      name: 'control: a nightly feed supported in office hours',
      extra: [
        'consumers: [{ name: Ward clinicians, use: direct-care-decisions, freshness: nightly }]',
        'sla: { hours: Mon-Fri 08:00-18:00, restore: PT8H }',
      ],
      expect: [],
    },
  ],
  'privacy-sharing-agreement-missing': [
    {
      name: 'shared with another controller, no agreement',
      changes: externalTarget,
      extra: governedExcept('sharingAgreement'),
      expect: ['privacy-sharing-agreement-missing'],
      at: { pointer: '/target', line: 7, key: 'target' },
    },
    {
      name: 'the agreement is recorded as none',
      changes: externalTarget,
      extra: [...governedExcept('sharingAgreement'), 'sharingAgreement: { kind: none }'],
      expect: ['privacy-sharing-agreement-missing'],
      at: { pointer: '/sharingAgreement/kind', line: 23, key: 'kind' },
    },
    {
      name: 'the sharing configuration was never checked',
      changes: externalTarget,
      extra: [
        ...governedExcept('sharingAgreement'),
        'sharingAgreement: { kind: data-sharing-agreement, configuredIn: Spine data sharing agreement }',
      ],
      expect: ['privacy-sharing-agreement-missing'],
      at: { pointer: '/sharingAgreement/configuredIn', line: 23, key: 'configuredIn' },
    },
    {
      name: 'the sharing configuration was last checked more than a year ago',
      changes: externalTarget,
      extra: [
        ...governedExcept('sharingAgreement'),
        'sharingAgreement: { kind: data-sharing-agreement, configuredIn: GP system sharing settings, configurationReviewed: 2024-01-01 }',
      ],
      expect: ['privacy-sharing-agreement-missing'],
      at: { pointer: '/sharingAgreement/configurationReviewed', line: 23, key: 'configurationReviewed' },
    },
    {
      name: 'control: configuration checked this year',
      changes: externalTarget,
      extra: [
        ...governedExcept('sharingAgreement'),
        'sharingAgreement: { kind: data-sharing-agreement, configuredIn: GP system sharing settings, configurationReviewed: 2026-01-10 }',
      ],
      expect: [],
    },
  ],
  'privacy-undeclared-destination': [
    {
      name: 'a relay in a country not declared as a transfer',
      extra: ['route: [{ name: Cloud relay, kind: broker, role: processor, country: United States }]'],
      expect: ['privacy-undeclared-destination'],
      at: { pointer: '/route/0/country', line: 20, key: 'country' },
    },
    {
      name: 'the receiving system stores the data abroad',
      extra: ['storage: { country: India, hosting: Offshore data centre }'],
      expect: ['privacy-undeclared-destination'],
      at: { pointer: '/storage/country', line: 20, key: 'country' },
    },
    {
      name: 'a broker keeps content with no role recorded',
      extra: ['route: [{ name: Regional broker, kind: broker, stores: true, country: UK }]'],
      expect: ['privacy-undeclared-destination'],
      at: { pointer: '/route/0', line: 20, key: '{ name' },
    },
    {
      name: 'control: the transfer is declared with its route',
      extra: [
        'route: [{ name: Cloud relay, kind: broker, role: processor, country: United States }]',
        'transfers: [{ country: United States, safeguard: approved-by-regulations }]',
      ],
      expect: [],
    },
    {
      name: 'control: a UK processor that keeps content',
      extra: ['route: [{ name: Regional broker, kind: broker, role: processor, stores: true, country: UK }]'],
      expect: [],
    },
  ],
  'privacy-identifiers-exposed': [
    {
      name: 'the NHS number travels in request URLs',
      changes: { '    - { name: NHS number': '    - { name: NHS number, class: identifier, inUrl: true }' },
      expect: ['privacy-identifiers-exposed'],
      at: { pointer: '/data/items/0/inUrl', line: 14, key: 'inUrl' },
    },
    {
      name: 'a gateway logs identifiers',
      extra: [
        'route: [{ name: API gateway, kind: gateway, role: processor, country: UK, logs: [access, identifiers] }]',
      ],
      expect: ['privacy-identifiers-exposed'],
      at: { pointer: '/route/0/logs', line: 20, key: 'logs' },
    },
    {
      name: 'control: identifiers in the body, a gateway logging access only',
      extra: ['route: [{ name: API gateway, kind: gateway, role: processor, country: UK, logs: [access] }]'],
      expect: [],
    },
  ],
};

export const igRules = Object.keys(igTable);
