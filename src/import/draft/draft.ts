/**
 * A draft spec before it is written: plain values plus the comments that explain them and the
 * blanks left on purpose. Every importer produces these; one renderer writes them.
 */
export interface Draft {
  id: string;
  /** Spec values. Key order on output follows the schema, not this object. */
  spec: Record<string, unknown>;
  /** Lines at the top of the file, after the schema modeline. */
  header: string[];
  /** Comment lines placed before a key; path is a list of keys (and list indexes). */
  notes: Array<{ path: Array<string | number>; lines: string[] }>;
  /** Fields left out on purpose because the input cannot know them. */
  blanks: Blank[];
  /** Facts of the input, written as a comment block and compared on re-import. */
  facts: Array<[string, string]>;
  /** Human label of where it came from, e.g. a file and channel name. */
  origin: string;
  /** Stable key that identifies the same input on re-import (e.g. mirth:<channel id>). */
  matchKey?: string;
}

export interface Blank {
  /** Top-level spec field, or a dotted path such as source.system for a placeholder value. */
  field: string;
  /** What to fill in, in words. */
  note: string;
  /** True when a value had to be written (the field is required) but it is a placeholder. */
  placeholder?: boolean;
}

/** Top-level keys in the order of schemas/integration.schema.json. */
export const specKeyOrder = [
  'govspec',
  'id',
  'version',
  'title',
  'description',
  'status',
  'draft',
  'endOfLife',
  'owner',
  'sla',
  'runbook',
  'monitoring',
  'review',
  'source',
  'target',
  'engine',
  'protocol',
  'transport',
  'latency',
  'consumers',
  'data',
  'identity',
  'mapping',
  'errors',
  'purpose',
  'lawfulBasis',
  'processors',
  'transfers',
  'retention',
  'audit',
  'hazards',
  'privacyRisks',
  'examples',
  'tags',
] as const;

/** What every importer leaves blank: the export of a running system cannot know these. */
export const governanceBlanks: Blank[] = [
  {
    field: 'owner',
    note: 'name the person accountable for it in production: owner: { name, team, contact }',
  },
  {
    field: 'sla',
    note: 'the support hours and restore time it is run to: sla: { hours, response, restore }',
  },
  { field: 'runbook', note: 'where the runbook is (a repository path or URL)' },
  { field: 'monitoring', note: 'where a failure shows up: monitoring: { view, alerts }' },
  { field: 'review', note: 'when it was last reviewed and how often: review: { last, every }' },
  { field: 'latency', note: 'how fresh the data is promised to be: latency: { contract, target }' },
  { field: 'consumers', note: 'who uses the data once it arrives, and for what: consumers: [{ name, use }]' },
  { field: 'purpose', note: 'the main purpose of the processing (direct-care, administration, ...)' },
  { field: 'lawfulBasis', note: 'the UK GDPR basis: lawfulBasis: { article6, article9, confidentiality }' },
];

/** What a draft of a running flow leaves blank beyond governance: the data and its handling. */
export function flowBlanks(dataNote: string): Blank[] {
  return [
    { field: 'data', note: dataNote },
    {
      field: 'identity',
      note: 'how the target matches a message to a patient: identity: { matchOn, nhsNumberVerified, onNoMatch }',
    },
    {
      field: 'retention.record',
      note: 'the record type written in the target (retention.record), from the retention catalogue',
    },
    { field: 'audit', note: 'what is audit-logged and for how long: audit: { logs, retention }' },
  ];
}
