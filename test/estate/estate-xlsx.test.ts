import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { estateXlsx, estateXlsxPath } from '../../src/emit/estate/estate-xlsx.js';
import { openWorkbook } from '../../src/emit/office/xlsx.js';
import type { OutputFile } from '../../src/emit/types.js';
import { inTimeZone, sha256 } from '../office/helpers.js';
import { emitContext } from './emit-context.js';
import { sampleEstate } from './fixtures.js';
import { hasCommand, libreOfficeConvert } from '../helpers/commands.js';

async function bytes(): Promise<Uint8Array> {
  const [file] = (await estateXlsx.emit(emitContext(sampleEstate()))) as OutputFile[];
  expect(file!.path).toBe(estateXlsxPath);
  return file!.content as Uint8Array;
}

function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('estate workbook', () => {
  let wb: ExcelJS.Workbook;
  let first: Uint8Array;
  beforeAll(async () => {
    first = await bytes();
    wb = await openWorkbook(first);
  });

  test('byte-identical across builds and time zones', async () => {
    expect(sha256(await bytes())).toBe(sha256(first));
    expect(sha256(await inTimeZone('Pacific/Chatham', bytes))).toBe(sha256(first));
  });

  test('reopens with the sheets an IT lead needs', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Estate map',
      'Blanks by field',
      'Blanks by team',
      'Engines',
      'Roadmap',
      'Routing',
      'Canonical model',
      'About',
    ]);
    expect(wb.creator).toBe('govspec');
    expect(wb.created.toISOString()).toBe('2026-11-25T09:30:00.000Z');
  });

  test('the map: one row per integration, blanks say missing and are shaded', () => {
    const ws = wb.getWorksheet('Estate map')!;
    const [header, ...body] = rows(ws);
    expect(header).toEqual([
      'Id',
      'Title',
      'Status',
      'Owner',
      'Team',
      'SLA',
      'Runbook',
      'Monitoring view',
      'Protocol',
      'Protocol version',
      'Engine',
      'Latency contract',
      'Last reviewed',
      'Next review due',
      'Review overdue',
      'Direct care',
      'Blanks',
      'End of life',
    ]);
    expect(body.map((r) => r[0])).toEqual([
      'being-built',
      'complete-feed',
      'hostile-title',
      'orphan-admin',
      'orphan-direct-care',
      'overdue-review',
      'retired-feed',
    ]);
    const orphan = body[4]!;
    expect(orphan.slice(0, 8)).toEqual([
      'orphan-direct-care',
      'Feed orphan-direct-care',
      'live',
      'missing',
      '',
      'missing',
      'docs/runbooks/orphan-direct-care.md',
      'missing',
    ]);
    expect(orphan.slice(14)).toEqual(['', 'yes', 3, '2027-05-25 (proposed)']);
    const owner = ws.getRow(6).getCell(4);
    expect((owner.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFDE2E1');
    // A filled-in owner (complete-feed) is not shaded.
    expect((ws.getRow(3).getCell(4).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe(
      'FFFDE2E1',
    );
  });

  test('spec text that looks like a formula stays text', () => {
    const hostile = wb.getWorksheet('Estate map')!.getRow(4);
    expect(hostile.getCell(4).value).toBe('Ann =HYPERLINK("http://x")');
    expect(hostile.getCell(4).type).toBe(3); // ValueType.String
    expect(hostile.getCell(2).value).toContain('<script>');
  });

  test('blanks counted per field and per team; engines; roadmap in priority order', () => {
    expect(rows(wb.getWorksheet('Blanks by field')!).slice(1)).toEqual([
      ['Owner', 2],
      ['SLA', 1],
      ['Runbook', 2],
      ['Monitoring', 1],
      ['Latency contract', 1],
      ['Last reviewed', 0],
    ]);
    expect(rows(wb.getWorksheet('Blanks by team')!)[1]).toEqual(['(no owner)', 2, 2, 1, 0, 1, 0, 0, 4]);
    expect(rows(wb.getWorksheet('Engines')!).slice(1)).toEqual([
      ['mirth', 4, 4, 1],
      ['cloverleaf', 1, 1, 1],
      ['rhapsody', 1, 0, 0],
    ]);
    const roadmap = rows(wb.getWorksheet('Roadmap')!).slice(1);
    expect(roadmap.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, 'Priority 1: Live, used in direct care, nobody owns it', 'orphan-direct-care'],
      [2, 'Priority 2: Live and used in direct care', 'hostile-title'],
      [3, 'Priority 3: Live', 'orphan-admin'],
      [4, 'Priority 3: Live', 'overdue-review'],
      [5, 'Priority 4: Entering production', 'being-built'],
    ]);
    expect(roadmap[0]![5]).toBe(
      'Name an owner, or switch it off by 25 May 2027 (proposed)\nAgree an SLA: support hours, response and restore times\nSet up a monitoring view and alerts',
    );
  });
});

describe.skipIf(!hasCommand('libreoffice') || !hasCommand('pdftotext'))(
  'LibreOffice reads the workbook (needs LibreOffice and pdftotext)',
  () => {
    test('converts to PDF with the map, the blanks and the roadmap', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'govspec-estate-xlsx-'));
      try {
        writeFileSync(join(dir, 'estate.xlsx'), await bytes());
        libreOfficeConvert(dir, 'pdf', [join(dir, 'estate.xlsx')]);
        execFileSync('pdftotext', ['-layout', join(dir, 'estate.pdf')]);
        const text = readFileSync(join(dir, 'estate.txt'), 'utf8');
        expect(text).toContain('orphan-direct-care');
        expect(text).toContain('missing');
        expect(text).toContain('Ann =HYPERLINK("http://x")');
        expect(text).toMatch(/Priority 1: Live, used in direct care,\s+nobody owns it/);
        if (process.env.GOVSPEC_KEEP_PDF)
          writeFileSync(process.env.GOVSPEC_KEEP_PDF, readFileSync(join(dir, 'estate.pdf')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
