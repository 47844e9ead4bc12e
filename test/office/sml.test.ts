import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addBuildSheet, addDecisionSheet } from '../../src/emit/office/decision-sheet.js';
import { StyleTable } from '../../src/emit/office/sml-styles.js';
import {
  addTableSheet,
  newWorkbook,
  openWorkbook,
  printSetup,
  workbookBytes,
} from '../../src/emit/office/xlsx.js';
import type { Workbook } from '../../src/emit/office/xlsx.js';
import { inTimeZone, sha256 } from './helpers.js';

/** govspec's SpreadsheetML writer, read back through exceljs (the reader the import uses). */

const date = new Date('2026-03-04T05:06:07Z');

function part(bytes: Uint8Array, path: string): string {
  return strFromU8(unzipSync(bytes)[path]!);
}

function oneColumn(values: readonly unknown[]): Workbook {
  const wb = newWorkbook({ title: 't', creator: 'c', date });
  addTableSheet(
    wb,
    'S',
    [{ header: 'Text', width: 40 }],
    values.map((v) => [v]),
  );
  return wb;
}

async function readColumn(values: readonly unknown[]): Promise<unknown[]> {
  const ws = (await openWorkbook(workbookBytes(oneColumn(values)))).getWorksheet('S')!;
  return values.map((_, i) => ws.getCell(i + 2, 1).value);
}

describe('text cells', () => {
  it('keeps a text of 32,767 characters whole and cuts a longer one with a note, never mid-character', async () => {
    const exact = 'x'.repeat(32767);
    const long = 'word '.repeat(8000);
    // A character of two UTF-16 units straddling the cut.
    const astral = `${'y'.repeat(32767 - 60)}${'\u{1F600}'.repeat(40)}`;
    const [kept, cut, pair] = (await readColumn([exact, long, astral])) as string[];
    expect(kept).toBe(exact);
    for (const text of [cut!, pair!]) {
      expect(text.length).toBeLessThanOrEqual(32767);
      expect(text).toMatch(/… \[cut here: an Excel cell holds at most 32,767 characters\]$/);
    }
    expect(long.startsWith(cut!.slice(0, cut!.indexOf('…')))).toBe(true);
    // Half a character would be written as U+FFFD.
    expect(pair).not.toContain('\ufffd');
    expect(pair!.endsWith(`y…${' [cut here: an Excel cell holds at most 32,767 characters]'}`)).toBe(true);
  });

  it('escapes every XML special and keeps spaces, tabs and line breaks', async () => {
    const texts = [
      'a & b',
      '<tag attr="x">',
      "it's",
      '  two leading',
      'trailing  ',
      'one\ntwo',
      'tab\there',
      '>&lt;',
    ];
    expect(await readColumn(texts)).toEqual(texts);
  });

  it('drops control characters XML cannot carry and shows hidden ones', async () => {
    const controls = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
      .filter((c) => !'\t\n\r'.includes(c))
      .join('');
    const [dropped, bidi, lone, crlf] = await readColumn([
      `a${controls}\u007f\ufffe\uffffb`,
      'x\u202ey',
      'half \ud800 pair',
      'one\r\ntwo\rthree',
    ]);
    expect(dropped).toBe('ab');
    expect(bidi).toBe('x[U+202E]y');
    expect(lone).toBe('half \ufffd pair');
    expect(crlf).toBe('one\ntwo\nthree');
  });

  it('keeps text that looks like a formula as text, and writes no formula anywhere', async () => {
    const texts = ['=SUM(A1:A2)', '+1', '-1', '@cmd', '=HYPERLINK("http://x","click")'];
    const wb = oneColumn(texts);
    const bytes = workbookBytes(wb);
    expect(part(bytes, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
    const ws = (await openWorkbook(bytes)).getWorksheet('S')!;
    texts.forEach((t, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
    });
  });

  it('reads back the empty string, text like an escaped character, numbers and booleans', async () => {
    const values = ['', '_x0041_ stays', 'lower _x00e9_ too', 3, -2.5, 0, true, false];
    expect(await readColumn(values)).toEqual(values);
  });

  it('turns values that are neither text, finite numbers nor booleans into text', async () => {
    expect(await readColumn([undefined, null, Number.NaN, Infinity, { toString: () => 'obj' }])).toEqual([
      '',
      '',
      'NaN',
      'Infinity',
      'obj',
    ]);
  });
});

describe('styles', () => {
  it('gives equal styles one cell format, and each different style its own', () => {
    const table = new StyleTable();
    const a = table.id({ font: { name: 'Arial', size: 10, bold: true }, fill: 'FFDCE6F2' });
    const b = table.id({ fill: 'FFDCE6F2', font: { bold: true, name: 'Arial', size: 10 } });
    const c = table.id({ font: { name: 'Arial', size: 10 }, fill: 'FFDCE6F2' });
    expect(table.id(undefined)).toBe(0);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    const xml = table.xml();
    // Default font plus two; the two fills every styles part starts with plus one.
    expect(xml).toContain('<fonts count="3">');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="3">');
  });

  it('refuses a colour that is not ARGB', () => {
    expect(() => new StyleTable().id({ fill: 'red"/><x' })).toThrow(/ARGB/);
  });

  it('reads back fonts, fills, borders, alignment and row heights', async () => {
    const wb = newWorkbook({ title: 't', creator: 'c', date });
    const ws = wb.addSheet('S', { widths: [12, 30] });
    ws.row(
      [
        {
          value: 'x',
          style: {
            font: { name: 'Arial', size: 10, bold: true, color: 'FF7F0000' },
            fill: 'FFFF7C80',
            border: { bottom: { style: 'hair', color: 'FF8EA9C1' }, top: { style: 'thin' } },
            alignment: { horizontal: 'center', vertical: 'top', wrapText: true },
          },
        },
      ],
      { height: 42 },
    );
    const back = (await openWorkbook(workbookBytes(wb))).getWorksheet('S')!;
    const cell = back.getCell('A1');
    expect(cell.font).toMatchObject({ name: 'Arial', size: 10, bold: true, color: { argb: 'FF7F0000' } });
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF7C80' } });
    expect(cell.border).toMatchObject({
      bottom: { style: 'hair', color: { argb: 'FF8EA9C1' } },
      top: { style: 'thin' },
    });
    expect(cell.alignment).toMatchObject({ horizontal: 'center', vertical: 'top', wrapText: true });
    expect(back.getRow(1).height).toBe(42);
    expect(back.getColumn(2).width).toBe(30);
  });
});

function decisionBook(): Workbook {
  const wb = newWorkbook({ title: 'Decisions', creator: 'govspec', date });
  addDecisionSheet(
    wb,
    'Decisions',
    [
      { header: 'No.', width: 10 },
      { header: 'Decision', width: 14, editable: true, list: ['Accepted', 'Mitigate'] },
      { header: 'Rationale', width: 30, editable: true },
    ],
    [
      ['H01', 'Accepted', 'Because'],
      ['H02', '', ''],
    ],
    { footer: 'Trust & co: decisions' },
  );
  const matrix = wb.addSheet('Matrix', {
    print: printSetup({ portrait: true, headerRows: 0, paperSize: 8 }),
  });
  matrix.row([{ value: 'merged' }, { value: null, style: { fill: 'FFC6EFCE' } }]);
  matrix.merge(1, 1, 3);
  addBuildSheet(wb, [['format', 'test 1']]);
  return wb;
}

describe('a workbook as exceljs reads it', () => {
  it('keeps the values, drop-down lists, locks, protection and hidden build sheet', async () => {
    const back = await openWorkbook(workbookBytes(decisionBook()));
    expect(back.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Decisions', 'visible'],
      ['Matrix', 'visible'],
      ['govspec build', 'veryHidden'],
    ]);
    expect(back.title).toBe('Decisions');
    expect(back.creator).toBe('govspec');
    expect(back.created.toISOString()).toBe(date.toISOString());
    expect(back.modified.toISOString()).toBe(date.toISOString());
    const ws = back.getWorksheet('Decisions')!;
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['H01', 'Accepted', 'Because']);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['H02', '', '']);
    for (const r of [2, 3]) {
      expect(ws.getCell(r, 1).protection?.locked).not.toBe(false);
      expect(ws.getCell(r, 2).protection?.locked).toBe(false);
      expect(ws.getCell(r, 3).protection?.locked).toBe(false);
      expect(ws.getCell(r, 2).dataValidation).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: ['"Accepted,Mitigate"'],
        error: 'Choose one of: Accepted, Mitigate, or leave it empty.',
      });
      expect(ws.getCell(r, 3).dataValidation).toBeUndefined();
    }
    expect(ws.getCell(4, 2).dataValidation).toBeUndefined();
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // exceljs reads each allowance as true: formatting columns and rows and filtering stay allowed.
    expect(protection).toMatchObject({
      sheet: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
    });
    expect(protection).not.toHaveProperty('hashValue');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:C1');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddFooter).toBe(
      '&L&"Arial,Regular"&8Trust && co: decisions&R&"Arial,Regular"&8Page &P of &N',
    );
    const matrix = back.getWorksheet('Matrix')!;
    expect(matrix.getCell('A1').isMerged).toBe(true);
    expect(matrix.getCell('C1').isMerged).toBe(true);
    expect(matrix.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 8, fitToPage: true });
    expect(matrix.pageSetup.printTitlesRow).toBeUndefined();
    expect((back.getWorksheet('govspec build')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'format',
      'test 1',
    ]);
  });

  it('writes a validation only over rows that exist', () => {
    const wb = newWorkbook({ title: 't', creator: 'c' });
    addDecisionSheet(wb, 'D', [{ header: 'Decision', width: 10, editable: true, list: ['A', 'B'] }], []);
    expect(part(workbookBytes(wb), 'xl/worksheets/sheet1.xml')).not.toContain('dataValidation');
  });

  it('refuses a drop-down value a list formula cannot hold', () => {
    const wb = newWorkbook({ title: 't', creator: 'c' });
    addDecisionSheet(wb, 'D', [{ header: 'Decision', width: 10, editable: true, list: ['a,b'] }], [['a,b']]);
    expect(() => workbookBytes(wb)).toThrow(/comma/);
  });

  it('refuses a drop-down list longer than Excel keeps (255 characters), and writes one of 255', () => {
    const list = (total: number) => ['x'.repeat(total - 4), 'abc'];
    const wb = newWorkbook({ title: 't', creator: 'c' });
    addDecisionSheet(
      wb,
      'D',
      [{ header: 'Decision', width: 10, editable: true, list: list(256) }],
      [['abc']],
    );
    expect(() => workbookBytes(wb)).toThrow(/256 characters \(Excel allows 255\)/);
    const fits = newWorkbook({ title: 't', creator: 'c' });
    addDecisionSheet(
      fits,
      'D',
      [{ header: 'Decision', width: 10, editable: true, list: list(255) }],
      [['abc']],
    );
    expect(part(workbookBytes(fits), 'xl/worksheets/sheet1.xml')).toContain(
      `<formula1>&quot;${'x'.repeat(251)},abc&quot;</formula1>`,
    );
  });
});

describe('the package', () => {
  it('is byte-identical twice and in another time zone, and dated from the build date', async () => {
    const first = workbookBytes(decisionBook());
    expect(sha256(workbookBytes(decisionBook()))).toBe(sha256(first));
    expect(sha256(await inTimeZone('Asia/Kathmandu', () => workbookBytes(decisionBook())))).toBe(
      sha256(first),
    );
    expect(part(first, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:created>',
    );
    // Every entry records the build date's UTC wall time (DOS time, to two seconds).
    const view = Buffer.from(first);
    for (let at = view.indexOf('PK\x03\x04'); at >= 0; at = view.indexOf('PK\x03\x04', at + 4)) {
      const time = view.readUInt16LE(at + 10);
      const day = view.readUInt16LE(at + 12);
      expect([
        (day >> 9) + 1980,
        (day >> 5) & 15,
        day & 31,
        time >> 11,
        (time >> 5) & 63,
        (time & 31) * 2,
      ]).toEqual([2026, 3, 4, 5, 6, 6]);
    }
  });

  it('streams a sheet larger than one deflate piece and reads every row back', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`row ${i} ${'x'.repeat(40)}`, i]);
    const wb = newWorkbook({ title: 't', creator: 'c' });
    addTableSheet(
      wb,
      'Big',
      [
        { header: 'Text', width: 20 },
        { header: 'n', width: 6 },
      ],
      rows,
    );
    const bytes = workbookBytes(wb);
    expect(part(bytes, 'xl/worksheets/sheet1.xml').length).toBeGreaterThan(3 * 65536);
    const ws = (await openWorkbook(bytes)).getWorksheet('Big')!;
    expect(ws.rowCount).toBe(3001);
    expect(ws.getCell(3001, 1).value).toBe(rows[2999]![0]);
    expect(ws.getCell(3001, 2).value).toBe(2999);
  });

  it('packs again with another date, and takes no sheet once packed', async () => {
    const wb = decisionBook();
    const first = wb.bytes();
    const later = new Date('2027-01-02T03:04:05Z');
    const again = await openWorkbook(wb.bytes(later));
    expect(again.modified.toISOString()).toBe(later.toISOString());
    expect(again.getWorksheet('Decisions')!.getCell('A2').value).toBe('H01');
    expect(sha256(wb.bytes())).toBe(sha256(first));
    expect(() => wb.addSheet('More')).toThrow(/packed/);
  });

  it('refuses rows out of order and a second sheet of the same name', () => {
    const wb = newWorkbook({ title: 't', creator: 'c' });
    const ws = wb.addSheet('S');
    ws.row([{ value: 'a' }], { at: 3 });
    expect(() => ws.row([{ value: 'b' }], { at: 2 })).toThrow(/out of order/);
    expect(() => wb.addSheet('s')).toThrow(/exists/);
  });
});
