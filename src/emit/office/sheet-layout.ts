import type * as ExcelJS from 'exceljs';
import { sheetName, textCell } from './text.js';

/** Layout helpers shared by every sheet govspec writes. */

const HEADER_FILL = 'FFDCE6F2';
const BORDER_COLOUR = 'FF8EA9C1';

export function styleHeaderRow(ws: ExcelJS.Worksheet, rowNumber = 1): void {
  const row = ws.getRow(rowNumber);
  row.eachCell({ includeEmpty: false }, (c) => {
    c.font = { name: 'Arial', bold: true, size: 10 };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    c.alignment = { wrapText: true, vertical: 'top' };
    c.border = { bottom: { style: 'thin', color: { argb: BORDER_COLOUR } } };
  });
}

export function freezeHeader(ws: ExcelJS.Worksheet, rows = 1): void {
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}`, activeCell: 'A1' }];
}

/** A filter drop-down on every column of the header row. */
export function autoFilter(ws: ExcelJS.Worksheet, headerRow = 1): void {
  const columns = Math.max(ws.getRow(headerRow).cellCount, 1);
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns } };
}

/** Column widths in characters, first column first. */
export function setColumnWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** Wrap text and align to the top in every used cell, keeping other alignment settings. */
export function wrapAll(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      c.alignment = { ...c.alignment, wrapText: true, vertical: 'top' };
    });
  });
}

// LibreOffice keeps the default height for rows of wrapped text in a generated file (the lines
// overlap), so heights are set explicitly from an estimate: Arial 10 averages about 6 pixels a character against the
// 7-pixel character unit of column widths, and a line is 12.75 points high.
const PIXELS_PER_WIDTH_UNIT = 7;
const PIXELS_PER_CHAR = 6;
const POINTS_PER_LINE = 12.75;
const MAX_ROW_HEIGHT = 409; // Excel's limit

/** Sets every used row tall enough for its wrapped text, from the column widths. */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (typeof c.value !== 'string') return;
      const width = ws.getColumn(col).width ?? 8.43;
      const perLine = Math.max(1, Math.floor((width * PIXELS_PER_WIDTH_UNIT - 5) / PIXELS_PER_CHAR));
      lines = Math.max(lines, wrappedLines(c.value, perLine));
    });
    row.height = Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * POINTS_PER_LINE + 3));
  });
}

/** Lines a text takes when wrapped at word boundaries to `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
      } else if (word.length <= perLine) {
        lines++;
        used = word.length;
      } else {
        // A word longer than a line starts a new line and breaks every `perLine` characters.
        if (used > 0) lines++;
        lines += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
    total += lines;
  }
  return total;
}

/**
 * Landscape A4, fitted to one page wide, header rows repeated on every printed page, and a footer
 * with the sheet name and "Page X of Y".
 */
export function printSetup(
  ws: ExcelJS.Worksheet,
  options: { headerRows?: number; footer?: string } = {},
): void {
  const headerRows = options.headerRows ?? 1;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${headerRows}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  const left = options.footer === undefined ? '&A' : headerFooterText(options.footer);
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${FOOTER_FONT}${left}&R${FOOTER_FONT}Page &P of &N` };
}

const FOOTER_FONT = '&"Arial,Regular"&8';

// "&" starts a header/footer code in Excel; a literal one is written "&&".
function headerFooterText(text: string): string {
  return textCell(text).replace(/\n/g, ' ').replace(/&/g, '&&');
}

export interface TableColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

/**
 * A sheet holding one table: a shaded, frozen, filterable header row, wrapped text, fixed
 * column widths and landscape print setup. Every value goes through `textCell` unless it is a
 * number, boolean or Date, so spec text is never a formula.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly unknown[])[],
  options: { footer?: string } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(wb, name));
  ws.addRow(columns.map((c) => textCell(c.header)));
  for (const row of rows) ws.addRow(row.map(cellValue));
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    row.eachCell({ includeEmpty: false }, (c) => {
      c.font = { name: 'Arial', size: 10 };
      c.border = { bottom: { style: 'hair', color: { argb: BORDER_COLOUR } } };
    });
  });
  setColumnWidths(
    ws,
    columns.map((c) => c.width),
  );
  wrapAll(ws);
  fitRowHeights(ws);
  styleHeaderRow(ws);
  freezeHeader(ws);
  autoFilter(ws);
  printSetup(ws, options);
  return ws;
}

function cellValue(value: unknown): string | number | boolean | Date {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  return textCell(value);
}
