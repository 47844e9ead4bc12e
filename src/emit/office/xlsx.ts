import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import { deterministicZip, readZip, ZIP_EPOCH } from './zip.js';

/**
 * Workbooks with byte-stable output. exceljs stamps the workbook with the current time and every
 * zip entry with the current time, so `workbookBytes` fixes the dates and re-zips the result.
 * exceljs is loaded on first use: it is heavy and most commands never write a workbook.
 */

export interface WorkbookProps {
  title: string;
  creator: string;
  /** Build date; workbook created/modified dates and zip entry times come from it. */
  date?: Date;
}

const require = createRequire(import.meta.url);

function excel(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

export function newWorkbook(props: WorkbookProps): ExcelJS.Workbook {
  const wb = new (excel().Workbook)();
  const date = props.date ?? ZIP_EPOCH;
  wb.title = props.title;
  wb.creator = props.creator;
  wb.lastModifiedBy = props.creator;
  wb.created = date;
  wb.modified = date;
  // exceljs writes lastPrinted only when set; keep it unset.
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

/**
 * The workbook as .xlsx bytes, identical across runs, machines and time zones for the same
 * workbook and date. The date given here wins over the one given to `newWorkbook`.
 */
export async function workbookBytes(wb: ExcelJS.Workbook, date?: Date): Promise<Uint8Array> {
  if (date !== undefined) {
    wb.created = date;
    wb.modified = date;
  }
  const raw = await wb.xlsx.writeBuffer();
  const entries = readZip(new Uint8Array(raw as ArrayBuffer));
  return deterministicZip(entries, date ?? wb.modified);
}

/** Reads .xlsx bytes back into a workbook (for checks and tests). */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new (excel().Workbook)();
  const copy = bytes.slice().buffer;
  await wb.xlsx.load(copy);
  return wb;
}

// Control characters other than tab and newline are invalid in XML 1.0 or render as boxes.
// eslint-disable-next-line no-control-regex -- matching them is the point
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/**
 * A cell value that is always a plain string. exceljs writes a string as a text cell even when
 * it starts with "=", so spec text never becomes a formula as long as only strings (never
 * `{ formula }` objects) are assigned; this also drops characters XML cannot carry.
 */
export function textCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(/\r\n?/g, '\n').replace(controlChars, '');
}

// Excel refuses sheet names over 31 characters or containing these.
const sheetNameForbidden = /[\\/?*:[\]]/g;

/** A valid, unique-within-the-workbook sheet name derived from any text. */
export function sheetName(wb: ExcelJS.Workbook, text: string): string {
  const base = textCell(text)
    .replace(sheetNameForbidden, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'|'$/g, '');
  const stem = (base === '' ? 'Sheet' : base).slice(0, 31);
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  let name = stem;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = stem.slice(0, 31 - suffix.length) + suffix;
  }
  return name;
}

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
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${left}&RPage &P of &N` };
}

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
    if (n > 1) row.eachCell({ includeEmpty: false }, (c) => (c.font = { name: 'Arial', size: 10 }));
  });
  setColumnWidths(
    ws,
    columns.map((c) => c.width),
  );
  wrapAll(ws);
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
