import ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../src/emit/office/xlsx.js';
import {
  addTableSheet,
  newWorkbook,
  openWorkbook,
  sheetName,
  textCell,
  workbookBytes,
} from '../../src/emit/office/xlsx.js';
import { readZip } from '../../src/emit/office/zip.js';
import { inTimeZone, sha256 } from './helpers.js';

const date = new Date('2025-06-30T12:00:00Z');

function sample(): Workbook {
  const wb = newWorkbook({ title: 'Retention schedule', creator: 'govspec', date });
  addTableSheet(
    wb,
    'Records',
    [
      { header: 'Record', width: 30 },
      { header: 'Years', width: 8 },
    ],
    [
      ['GP record', 10],
      ['=HYPERLINK("http://x","click")', 1],
    ],
  );
  return wb;
}

describe('workbookBytes', () => {
  it('gives identical bytes for two packs of the same workbook', async () => {
    const first = await workbookBytes(sample(), date);
    await new Promise((r) => setTimeout(r, 1100)); // let the wall clock move a second
    expect(sha256(await workbookBytes(sample(), date))).toBe(sha256(first));
  });

  it('gives identical bytes in different time zones', async () => {
    const utc = await inTimeZone('UTC', () => workbookBytes(sample(), date));
    const ny = await inTimeZone('America/New_York', () => workbookBytes(sample(), date));
    expect(sha256(ny)).toBe(sha256(utc));
  });

  it('writes the given date as created and modified, and no folder entries', async () => {
    const bytes = await workbookBytes(sample(), date);
    const entries = readZip(bytes);
    expect(entries.every((e) => !e.path.endsWith('/'))).toBe(true);
    const core = strFromU8(entries.find((e) => e.path === 'docProps/core.xml')!.content);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T12:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-30T12:00:00Z</dcterms:modified>',
    );
    const reopened = await openWorkbook(bytes);
    expect(reopened.created.toISOString()).toBe(date.toISOString());
  });

  it('keeps formula-looking text as a plain string', async () => {
    const book = () => {
      const wb = newWorkbook({ title: 't', creator: 'c' });
      const ws = wb.addSheet('S');
      ws.row([{ value: textCell('=HYPERLINK("http://x","click")') }]);
      ws.row([{ value: textCell('+1\u0007\r\n@SUM(A1)') }]);
      return wb;
    };
    const reopened = await openWorkbook(await workbookBytes(book()));
    const cell = reopened.getWorksheet('S')!.getCell('A1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","click")');
    expect(cell.formula).toBeUndefined();
    expect(reopened.getWorksheet('S')!.getCell('A2').value).toBe('+1\n@SUM(A1)');
    const sheetXml = strFromU8(
      readZip(await workbookBytes(book())).find((e) => e.path === 'xl/worksheets/sheet1.xml')!.content,
    );
    expect(sheetXml).not.toContain('<f>');
  });

  it('sets up table sheets: shaded frozen header, filter, landscape A4 fit to width', async () => {
    const reopened = await openWorkbook(await workbookBytes(sample(), date));
    const ws = reopened.getWorksheet('Records')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:B1');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.getCell('B2').value).toBe(10);
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://x","click")');
    expect(ws.getColumn(1).width).toBe(30);
  });

  it('makes valid, unique sheet names', () => {
    const wb = newWorkbook({ title: 't', creator: 'c' });
    wb.addSheet(sheetName(wb, 'Data flows: A/B [draft]'));
    expect(wb.worksheets[0]!.name).toBe('Data flows A B draft');
    const long = 'x'.repeat(40);
    wb.addSheet(sheetName(wb, long));
    expect(sheetName(wb, long)).toBe(`${'x'.repeat(27)} (2)`);
    expect(sheetName(wb, '   ')).toBe('Sheet');
    expect(sheetName(wb, "'quoted'")).toBe('quoted');
    expect(sheetName(wb, 'history')).toBe('history (2)');
    expect(sheetName(wb, `${'y'.repeat(30)} z`)).toBe('y'.repeat(30));
  });
});
