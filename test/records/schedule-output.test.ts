import { describe, expect, it } from 'vitest';
import { recordsEmitters } from '../../src/emit/records/index.js';
import { baseSpec, build, emitAll, emitContext, text, withYaml } from './estate-fixture.js';

const specs = {
  'specs/pas.yaml': baseSpec,
  'specs/maternity.yaml': withYaml({
    'id:': 'id: mat-results',
    'title:': 'title: "=HYPERLINK(\\"http://evil\\") maternity | results"',
    '  subjects:': '  subjects: [maternity]',
    'retention:': 'retention: { record: adult-health, messageLog: forever }',
    'audit:': null,
  }),
};

describe('retention schedule outputs', () => {
  it('has one row per record copy per integration, with statuses', async () => {
    const built = build(specs);
    const rows = built.analysis.retention!.rows;
    expect(rows.map((r) => [r.integration, r.copy, r.status])).toEqual([
      ['mat-results', 'record', 'shortfall'],
      ['mat-results', 'message-log', 'unbounded'],
      ['mat-results', 'audit-log', 'undeclared'],
      ['pas-adt-to-epr', 'record', 'meets'],
      ['pas-adt-to-epr', 'message-log', 'check'],
      ['pas-adt-to-epr', 'audit-log', 'check'],
    ]);
    const files = await emitAll(recordsEmitters, emitContext(built));
    const md = text(files.find((f) => f.path === 'records/retention-schedule.md'));
    expect(md).toContain('SHORTFALL');
    expect(md).toContain('`retention-subject-period-too-short`');
    expect(md).toMatch(/\*\*mat-results\*\* \(record\)/);
  });

  it('keeps CSV cells formula-safe and RFC 4180 quoted', async () => {
    const built = build({
      'specs/x.yaml': withYaml({ 'target:': 'target: { system: "=cmd|\' /C calc\'!A0", org: RXX }' }),
    });
    const files = await emitAll(recordsEmitters, emitContext(built));
    const csv = text(files.find((f) => f.path === 'records/retention-schedule.csv'));
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Integration,Copy,System,Record type,Minimum (Code),Trigger,Local period,Purge mechanism,Status,Source reference,Spec',
    );
    expect(lines).toHaveLength(1 + 3 + 1);
    for (const line of lines) for (const field of line.split(',')) expect(field).not.toMatch(/^"?[=+\-@]/);
    expect(csv).toContain("'=cmd|' /C calc'!A0 (RXX)");
  });

  it('escapes spec text in Markdown so it cannot break the table', async () => {
    const built = build({
      'specs/x.yaml': withYaml({ 'target:': 'target: { system: "EPR | <script>x</script>" }' }),
    });
    const files = await emitAll(recordsEmitters, emitContext(built));
    const md = text(files.find((f) => f.path === 'records/retention-schedule.md'));
    expect(md).not.toContain('<script>');
    const scheduleRows = md.split('\n').filter((l) => l.startsWith('| pas-adt-to-epr'));
    for (const row of scheduleRows) expect(row.split(' | ')).toHaveLength(11);
  });

  it('is byte-identical across builds', async () => {
    const a = await emitAll(recordsEmitters, emitContext(build(specs)));
    const b = await emitAll(recordsEmitters, emitContext(build(specs)));
    expect(a.map((f) => [f.path, Buffer.from(f.content).toString('base64')])).toEqual(
      b.map((f) => [f.path, Buffer.from(f.content).toString('base64')]),
    );
  });
});
