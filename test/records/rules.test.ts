import { describe, expect, it } from 'vitest';
import '../../src/rules/records/codes.js';
import { baseConfig, baseSpec, build, withYaml } from './estate-fixture.js';

interface Case {
  name: string;
  spec: string;
  config?: string;
  /** Expected diagnostics: code and the text the location must point at (line containing it, column of it). */
  expect: Array<{ code: string; at: string }>;
  /** Expected status of schedule rows, by copy. */
  rows?: Partial<Record<'record' | 'message-log' | 'audit-log', string>>;
}

const ret = 'retention:';
const cases: Case[] = [
  {
    name: 'well-governed spec has no retention findings',
    spec: baseSpec,
    expect: [],
    rows: { record: 'meets', 'message-log': 'check', 'audit-log': 'check' },
  },
  // retention-record-undeclared
  {
    name: 'health data with no record type',
    spec: withYaml({ [ret]: 'retention: { messageLog: P90D, messageLogPurge: automatic }' }),
    expect: [{ code: 'retention-record-undeclared', at: 'retention:' }],
    rows: { record: 'undeclared' },
  },
  {
    name: 'operational data needs no record type',
    spec: withYaml({
      '    - { name: NHS': '    - { name: Bed count, class: operational }',
      '    - { name: Ward': null,
      [ret]: 'retention: { messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [],
  },
  {
    name: 'record: none says the target keeps no copy',
    spec: withYaml({ [ret]: 'retention: { record: none, messageLog: P90D, messageLogPurge: automatic }' }),
    expect: [],
    rows: { record: 'none' },
  },
  // retention-record-unknown
  {
    name: 'record type not in the catalogue',
    spec: withYaml({
      [ret]: 'retention: { record: adult-records, messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [{ code: 'retention-record-unknown', at: 'record:' }],
    rows: { record: 'unknown-type' },
  },
  {
    name: 'local record type from config is known',
    spec: withYaml({
      [ret]: 'retention: { record: occupational-health, messageLog: P90D, messageLogPurge: automatic }',
    }),
    config: `${baseConfig}retention:\n  recordTypes:\n    - { id: occupational-health, title: Occupational health records, minimum: P40Y, trigger: after employment ends }\n`,
    expect: [],
    rows: { record: 'meets' },
  },
  // retention-local-too-short
  {
    name: 'local period shorter than the adult minimum',
    spec: withYaml({
      [ret]:
        'retention: { record: adult-health, localPeriod: P6Y, messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [{ code: 'retention-local-too-short', at: 'localPeriod:' }],
    rows: { record: 'shortfall' },
  },
  {
    name: 'local period in months equal to the minimum is enough',
    spec: withYaml({
      [ret]:
        'retention: { record: adult-health, localPeriod: P96M, messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [],
    rows: { record: 'meets' },
  },
  {
    name: 'local period shorter than the organisation policy',
    spec: withYaml({
      [ret]:
        'retention: { record: adult-health, localPeriod: P9Y, messageLog: P90D, messageLogPurge: automatic }',
    }),
    config: `${baseConfig}retention:\n  recordTypes:\n    - { id: adult-health, title: Trust policy RM-04, minimum: P10Y, trigger: after last entry }\n`,
    expect: [{ code: 'retention-local-too-short', at: 'localPeriod:' }],
    rows: { record: 'shortfall' },
  },
  // retention-subject-period-too-short
  {
    name: "children's data resolved to the adult period",
    spec: withYaml({ '  subjects:': '  subjects: [patients, children]' }),
    expect: [{ code: 'retention-subject-period-too-short', at: 'record:' }],
    rows: { record: 'shortfall' },
  },
  {
    name: 'maternity data resolved to the adult period',
    spec: withYaml({ '  subjects:': '  subjects: [maternity]' }),
    expect: [{ code: 'retention-subject-period-too-short', at: 'record:' }],
  },
  {
    name: "children's data with the children's record type",
    spec: withYaml({
      '  subjects:': '  subjects: [children]',
      [ret]: 'retention: { record: children, messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [],
    rows: { record: 'meets' },
  },
  {
    name: "children's data on an adult record with a 25-year local period",
    spec: withYaml({
      '  subjects:': '  subjects: [children]',
      [ret]:
        'retention: { record: adult-health, localPeriod: P25Y, messageLog: P90D, messageLogPurge: automatic }',
    }),
    expect: [],
  },
  // retention-message-store-undeclared
  {
    name: 'message store without a purge mechanism',
    spec: withYaml({ [ret]: 'retention: { record: adult-health, messageLog: P90D }' }),
    expect: [{ code: 'retention-message-store-undeclared', at: 'messageLog:' }],
    rows: { 'message-log': 'undeclared' },
  },
  {
    name: 'message content not kept needs no purge',
    spec: withYaml({ [ret]: 'retention: { record: adult-health, messageLog: none }' }),
    expect: [],
    rows: { 'message-log': 'not-kept' },
  },
  {
    name: 'point-to-point interface keeps no message store',
    spec: withYaml({ 'engine:': 'engine: { kind: none }', [ret]: 'retention: { record: adult-health }' }),
    expect: [],
  },
  // retention-message-log-unbounded
  {
    name: 'identifiable message log kept forever',
    spec: withYaml({
      [ret]: 'retention: { record: adult-health, messageLog: forever, messageLogPurge: none }',
    }),
    expect: [{ code: 'retention-message-log-unbounded', at: 'messageLog:' }],
    rows: { 'message-log': 'unbounded' },
  },
  {
    name: 'identifiable message log with no period',
    spec: withYaml({ [ret]: 'retention: { record: adult-health }' }),
    expect: [{ code: 'retention-message-log-unbounded', at: 'retention:' }],
    rows: { 'message-log': 'unbounded' },
  },
  {
    name: 'identifiable message log never purged',
    spec: withYaml({ [ret]: 'retention: { record: adult-health, messageLog: P90D, messageLogPurge: none }' }),
    expect: [{ code: 'retention-message-log-unbounded', at: 'messageLogPurge:' }],
  },
  {
    name: 'pseudonymised message log kept forever is not a finding',
    spec: withYaml({
      '    - { name: NHS': '    - { name: Pseudonym, class: pseudonymised }',
      '    - { name: Ward': null,
      [ret]: 'retention: { messageLog: forever }',
    }),
    expect: [],
  },
  // retention-audit-undeclared
  {
    name: 'no audit block: the schedule shows the blank, C1.a reports it',
    spec: withYaml({ 'audit:': null }),
    expect: [],
    rows: { 'audit-log': 'undeclared' },
  },
  {
    name: 'audit log without a purge mechanism',
    spec: withYaml({ 'audit:': 'audit: { logs: [access], retention: P2Y }' }),
    expect: [{ code: 'retention-audit-undeclared', at: 'audit:' }],
    rows: { 'audit-log': 'undeclared' },
  },
];

describe('retention rules', () => {
  it.each(cases)('$name', (c) => {
    const built = build({ 'specs/a.yaml': c.spec }, c.config);
    const lines = c.spec.split('\n');
    const got = built.diagnostics.map((d) => ({
      code: d.code,
      line: d.location?.line,
      column: d.location?.column,
    }));
    const want = c.expect.map((e) => {
      const index = lines.findIndex((l) => l.includes(e.at));
      expect(index, `fixture has a line containing ${e.at}`).toBeGreaterThanOrEqual(0);
      return { code: e.code, line: index + 1, column: lines[index]!.indexOf(e.at) + 1 };
    });
    expect(got).toEqual(want);
    for (const d of built.diagnostics) expect(d.location?.file).toBe('specs/a.yaml');
    const rows = built.analysis.retention!.rows;
    for (const [copy, status] of Object.entries(c.rows ?? {})) {
      expect(rows.find((r) => r.copy === copy)?.status, copy).toBe(status);
    }
  });
});

describe('retention severities', () => {
  it('makes shortfalls errors and blanks warnings by default', () => {
    const short = build({
      'specs/a.yaml': withYaml({
        'retention:':
          'retention: { record: adult-health, localPeriod: P6Y, messageLog: P90D, messageLogPurge: automatic }',
      }),
    });
    expect(short.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['retention-local-too-short', 'error'],
    ]);
    const blank = build({ 'specs/a.yaml': withYaml({ 'audit:': 'audit: { logs: [access] }' }) });
    expect(blank.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['retention-audit-undeclared', 'warning'],
    ]);
  });
});

describe('retention config', () => {
  it('rejects a local period shorter than the Code, at the config line', () => {
    const config = `${baseConfig}retention:\n  recordTypes:\n    - { id: maternity, title: Short, minimum: P10Y, trigger: x }\n`;
    const built = build({ 'specs/a.yaml': baseSpec }, config);
    expect(built.diagnostics).toMatchObject([
      { code: 'retention-config-too-short', location: { file: 'govspec.config.yaml', line: 10 } },
    ]);
  });
  it('rejects a local type declared twice', () => {
    const config = `${baseConfig}retention:
  recordTypes:
    - { id: local-a, title: A, minimum: P1Y, trigger: x }
    - { id: local-a, title: A, minimum: P1Y, trigger: x }
`;
    const built = build({ 'specs/a.yaml': baseSpec }, config);
    expect(built.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      ['retention-config-duplicate', 11],
    ]);
  });
});
