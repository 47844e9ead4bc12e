import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { recordsEmitters } from '../../src/emit/records/index.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { baseSpec, build, emitAll, emitContext, withYaml } from './estate-fixture.js';

const hostile = withYaml({
  'id:': 'id: hostile-feed',
  'target:': 'target: { system: "=HYPERLINK(\\"http://x\\",\\"y\\")", org: RXX }',
  'retention:':
    'retention: { record: adult-health, localPeriod: P6Y, messageLog: P90D, messageLogPurge: automatic }',
});
const specs = { 'specs/a.yaml': baseSpec, 'specs/b.yaml': hostile };

async function workbook() {
  const files = await emitAll(recordsEmitters, emitContext(build(specs)));
  return files.find((f) => f.path === 'records/retention-schedule.xlsx')!.content as Uint8Array;
}

describe('retention schedule workbook', () => {
  it('holds the schedule rows, with spec text as text (never a formula)', async () => {
    const wb = await openWorkbook(await workbook());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Retention schedule', 'Record types', 'About']);
    const ws = wb.getWorksheet('Retention schedule')!;
    expect(ws.rowCount).toBe(1 + 6);
    const record = ws.getRow(2);
    expect(record.getCell(1).value).toBe('hostile-feed');
    expect(record.getCell(3).value).toBe('=HYPERLINK("http://x","y") (RXX)');
    expect(record.getCell(3).type).toBe(3 /* ValueType.String */);
    expect(String(record.getCell(9).value)).toMatch(/^SHORTFALL: local 6 years is under the 8 years minimum/);
    ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  it('is byte-identical across builds and time zones', async () => {
    const hash = async () =>
      createHash('sha256')
        .update(await workbook())
        .digest('hex');
    const first = await hash();
    const before = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(await hash()).toBe(first);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
