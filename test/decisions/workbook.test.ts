import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import { hazardDecisionColumns } from '../../src/emit/clinical/decision-cells.js';
import { cellText, openUntrustedWorkbook, sanitise } from '../../src/decisions/workbook-read.js';
import { readBuildRecord, readDecisionRows } from '../../src/decisions/workbook-rows.js';
import { analyse, controlledSpec, DELETE, emitClinical, fixture, patch } from '../clinical/helpers.js';

async function hazardWorkbook() {
  const spec = patch(controlledSpec('results-feed'), {
    monitoring: DELETE,
    hazards: [
      {
        derived: 'silent-failure',
        decision: 'mitigate',
        residual: { likelihood: 'low', severity: 'major' },
        controls: [{ kind: 'design', text: 'Alert after 30 minutes of silence', status: 'in-place' }],
        rationale: 'Alerting covers it.',
        decidedBy: 'Dr Jane Okafor',
        decidedOn: '2026-04-01',
      },
    ],
  });
  const f = fixture([spec]);
  const { analysis } = analyse(f);
  const bytes = (await emitClinical(f, analysis)).files.get('clinical-safety/hazard-log.xlsx') as Uint8Array;
  return { bytes, wb: await openWorkbook(bytes) };
}

describe('the Decisions sheet', () => {
  it('unlocks only the decision cells, offers the drop-down lists, and is protected without a password', async () => {
    const { wb } = await hazardWorkbook();
    const ws = wb.getWorksheet('Decisions')!;
    // exceljs keeps the protection it read on an untyped property.
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    const headers = ws.getRow(1).values as unknown[];
    expect(headers.slice(1)).toEqual([
      'Hazard no.',
      'Hazard name',
      'Initial rating',
      'Status at build',
      ...hazardDecisionColumns.map((c) => c.header),
    ]);
    for (let r = 2; r <= ws.rowCount; r++)
      for (let c = 1; c <= headers.length - 1; c++) {
        const cell = ws.getCell(r, c);
        expect(cell.protection?.locked === false, `${cell.address} unlocked`).toBe(c > 4);
      }
    const row = [...Array(ws.rowCount - 1).keys()]
      .map((n) => n + 2)
      .find((r) => String(ws.getCell(r, 1).value).endsWith('/H05'))!;
    const at = (header: string) => ws.getCell(row, headers.indexOf(header));
    expect(at('Decision').value).toBe('Mitigate');
    expect(at('Residual likelihood').value).toBe('Low');
    expect(at('Residual consequence').value).toBe('Major');
    expect(at('Controls').value).toBe('Design: Alert after 30 minutes of silence | status: in place');
    expect(at('Decided on').value).toBe('2026-04-01');
    expect(at('Decision').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Accepted,Mitigate,Transferred,Closed"'],
    });
    expect(at('Residual likelihood').dataValidation.formulae).toEqual([
      '"Very Low,Low,Medium,High,Very High"',
    ]);
    expect(at('Residual consequence').dataValidation.formulae).toEqual([
      '"Minor,Significant,Considerable,Major,Catastrophic"',
    ]);
    expect(at('Rationale').dataValidation).toBeUndefined();
  });

  it('records the build: format, every spec with its fingerprint, and where each decision is written', async () => {
    const { wb } = await hazardWorkbook();
    const ws = wb.getWorksheet('govspec build')!;
    expect(ws.state).toBe('veryHidden');
    const rows = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[0]).toEqual(['format', 'govspec hazard decisions 1']);
    const spec = rows.find((r) => r[0] === 'spec')!;
    expect(spec.slice(0, 2)).toEqual(['spec', 'results-feed']);
    expect(spec[4]).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.find((r) => r[0] === 'entry' && r[1] === 'results-feed/H05')).toEqual([
      'entry',
      'results-feed/H05',
      'results-feed',
      'derived',
      'silent-failure',
      '/hazards/0',
    ]);
  });
});

describe('a large estate', () => {
  it('reads back every decision row and the whole build record of a workbook with thousands of hazards', async () => {
    // Integrations with few safeguards: 800 of them give 7 hazards each, 5,600 in all.
    const specs = Array.from({ length: 800 }, (_, n) =>
      patch(controlledSpec(`feed-${String(n).padStart(3, '0')}`), {
        monitoring: DELETE,
        owner: DELETE,
        runtime: DELETE,
        errors: DELETE,
        content: DELETE,
        transport: { kind: 'mllp', acknowledgement: 'none' },
        identity: { matchOn: ['demographics'], onNoMatch: 'create' },
      }),
    );
    const f = fixture(specs);
    const { analysis } = analyse(f);
    const hazards = analysis.hazards!.hazards.length;
    expect(hazards).toBeGreaterThan(5000);
    const bytes = (await emitClinical(f, analysis)).files.get(
      'clinical-safety/hazard-log.xlsx',
    ) as Uint8Array;
    const opened = await openUntrustedWorkbook(bytes);
    if (!('workbook' in opened)) throw new Error(`refused: ${JSON.stringify(opened)}`);
    const record = readBuildRecord(opened.workbook, 'hazard-log.xlsx');
    if (!('contract' in record)) throw new Error(`no build record: ${record.message}`);
    expect(record.specs.size).toBe(800);
    expect(record.entries.size).toBe(hazards);
    const { rows, diagnostics } = readDecisionRows(opened.workbook, 'hazard-log.xlsx', record);
    expect(diagnostics).toEqual([]);
    expect(rows).toHaveLength(hazards);
  });
});

describe('reading a workbook from outside', () => {
  it('refuses a zip that unpacks to more than the limit, before exceljs opens it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const limits = { maxBytes: 1024 * 1024, maxUnpacked: 1024 * 1024, maxEntries: 10 };
    expect(await openUntrustedWorkbook(bomb, limits)).toEqual({ unsafe: 'it unpacks to more than 1 MB' });
    const many = zipSync(
      Object.fromEntries([...Array(11).keys()].map((n) => [`f${n}.xml`, new Uint8Array(1)])),
    );
    expect(await openUntrustedWorkbook(many, limits)).toEqual({ unsafe: 'it holds 11 entries' });
    expect(await openUntrustedWorkbook(new Uint8Array(2 * 1024 * 1024), limits)).toEqual({
      unsafe: 'it is larger than 1 MB',
    });
  });

  it('opens the workbook govspec built', async () => {
    const { bytes } = await hazardWorkbook();
    expect('workbook' in (await openUntrustedWorkbook(bytes))).toBe(true);
  });

  it('never runs a formula and strips hidden controls', async () => {
    const { wb } = await hazardWorkbook();
    const cell = wb.getWorksheet('Decisions')!.getCell('I2');
    cell.value = { formula: 'A1', result: 'x' };
    expect(cellText(cell)).toEqual({ problem: expect.stringContaining('formula') as unknown });
    cell.value = { richText: [{ text: 'Two ' }, { text: 'runs' }] };
    expect(cellText(cell)).toEqual({ text: 'Two runs' });
    expect(sanitise(' a\u202eb\r\nc\u0007\t d ')).toBe('ab\nc  d');
  });
});
