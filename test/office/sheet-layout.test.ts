import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { printSetup, rowHeight, wrappedLines } from '../../src/emit/office/sheet-layout.js';
import { newWorkbook, openWorkbook, workbookBytes } from '../../src/emit/office/xlsx.js';
import { readZip } from '../../src/emit/office/zip.js';

describe('wrappedLines', () => {
  it.each([
    ['', 10, 1],
    ['short', 10, 1],
    ['aaaa bbbb cccc', 9, 2],
    ['aaaa bbbb', 9, 1],
    ['one\ntwo\nthree', 80, 3],
    ['x'.repeat(25), 10, 3],
    ['ab ' + 'x'.repeat(25), 10, 4],
  ])('%j at %i characters a line takes %i lines', (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });
});

describe('sheet layout', () => {
  it('makes rows with long text taller than one-line rows', () => {
    const widths = [20];
    expect(rowHeight(['short'], widths)).toBe(16);
    const long = 'a long piece of text that certainly needs several lines in twenty characters';
    expect(rowHeight([long], widths)).toBeGreaterThan(3 * 12.75);
    // The tallest cell sets the row; a wider column needs fewer lines.
    expect(rowHeight(['short', long], [20, 20])).toBe(rowHeight([long], widths));
    expect(rowHeight([long], [80])).toBeLessThan(rowHeight([long], widths));
    expect(rowHeight([42], widths)).toBe(16);
  });

  it('prints landscape A4 with repeated header rows and an escaped footer', async () => {
    const wb = newWorkbook({ title: 't', creator: 'c' });
    const ws = wb.addSheet('S', { print: printSetup({ headerRows: 2, footer: 'A & B' }) });
    ws.row([{ value: 'h1' }]);
    ws.row([{ value: 'h2' }]);
    const bytes = await workbookBytes(wb);
    const back = (await openWorkbook(bytes)).getWorksheet('S')!;
    expect(back.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(back.headerFooter.oddFooter).toBe('&L&"Arial,Regular"&8A && B&R&"Arial,Regular"&8Page &P of &N');
    const workbookXml = strFromU8(readZip(bytes).find((e) => e.path === 'xl/workbook.xml')!.content);
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?S(&apos;)?!\$1:\$2<\/definedName>/,
    );
  });
});
