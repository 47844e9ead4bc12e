import type { Workbook } from './sml.js';
import type { Cell, PrintOptions, SheetWriter } from './sml-sheet.js';
import type { CellStyle, FontStyle } from './sml-styles.js';
import { mergeStyle } from './sml-styles.js';
import { sheetName, textCell } from './text.js';

/** Layout shared by every sheet govspec writes. */

export const HEADER_FILL = 'FFDCE6F2';
const BORDER_COLOUR = 'FF8EA9C1';

export const bodyFont: FontStyle = { name: 'Arial', size: 10 };
export const boldFont: FontStyle = { name: 'Arial', size: 10, bold: true };
export const titleFont: FontStyle = { name: 'Arial', size: 14, bold: true };
const wrapTop = { wrapText: true, vertical: 'top' } as const;

const headerStyle: CellStyle = {
  font: boldFont,
  fill: HEADER_FILL,
  alignment: wrapTop,
  border: { bottom: { style: 'thin', color: BORDER_COLOUR } },
};
const bodyStyle: CellStyle = {
  font: bodyFont,
  alignment: wrapTop,
  border: { bottom: { style: 'hair', color: BORDER_COLOUR } },
};

// LibreOffice keeps the default height for rows of wrapped text in a generated file (the lines
// overlap), so heights are set explicitly from an estimate: Arial 10 averages about 6 pixels a character against the
// 7-pixel character unit of column widths, and a line is 12.75 points high.
const PIXELS_PER_WIDTH_UNIT = 7;
const PIXELS_PER_CHAR = 6;
const POINTS_PER_LINE = 12.75;
const MAX_ROW_HEIGHT = 409; // Excel's limit
const DEFAULT_WIDTH = 8.43;

/** The height of a row tall enough for its wrapped text, from the column widths. */
export function rowHeight(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    const width = widths[i] ?? DEFAULT_WIDTH;
    const perLine = Math.max(1, Math.floor((width * PIXELS_PER_WIDTH_UNIT - 5) / PIXELS_PER_CHAR));
    lines = Math.max(lines, wrappedLinesOf(value, perLine));
  });
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * POINTS_PER_LINE + 3));
}

/**
 * Line counts already worked out, by width and then by text: the same rule texts fill the hazard
 * log for every integration. Keyed by the text itself, never a key built from it, so a text seen
 * again is found by the hash V8 keeps with the string. Each width's map is emptied when it holds
 * 50,000 texts. Short texts are counted as they come (a lookup would cost as much).
 */
const countedLines = new Map<number, Map<string, number>>();

function wrappedLinesOf(text: string, perLine: number): number {
  if (text.length < 48) return wrappedLines(text, perLine);
  let known = countedLines.get(perLine);
  if (!known) countedLines.set(perLine, (known = new Map()));
  let lines = known.get(text);
  if (lines === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(text, (lines = wrappedLines(text, perLine)));
  }
  return lines;
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
 * Landscape A4 unless told otherwise, fitted to one page wide, header rows repeated on every
 * printed page (none for 0), and a footer with the sheet name (or the text given) and "Page X of Y".
 */
export function printSetup(
  options: { headerRows?: number; footer?: string | undefined; paperSize?: 8 | 9; portrait?: boolean } = {},
): PrintOptions {
  const headerRows = options.headerRows ?? 1;
  const left = options.footer === undefined ? '&A' : headerFooterText(options.footer);
  return {
    paperSize: options.paperSize ?? 9,
    orientation: options.portrait ? 'portrait' : 'landscape',
    fitToWidth: true,
    ...(headerRows > 0 ? { titleRows: headerRows } : {}),
    footer: `&L${FOOTER_FONT}${left}&R${FOOTER_FONT}Page &P of &N`,
  };
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

/** Extra style for a body cell (0-based row of the table, 1-based column), on top of the table's. */
export type CellStyler = (index: number, column: number, value: unknown) => CellStyle | undefined;

export interface TableOptions {
  footer?: string | undefined;
  /** 8 for A3; A4 otherwise. */
  paperSize?: 8 | 9;
  style?: CellStyler;
}

/**
 * A sheet holding one table: a shaded, frozen, filterable header row, wrapped text, fixed
 * column widths, rows as tall as their text and landscape print setup. Rows are written as they
 * come. Every value is text unless it is a finite number or a boolean, so spec text is never a
 * formula.
 */
export function addTableSheet(
  wb: Workbook,
  name: string,
  columns: readonly TableColumn[],
  rows: Iterable<readonly unknown[]>,
  options: TableOptions = {},
): SheetWriter {
  const widths = columns.map((c) => c.width);
  const ws = wb.addSheet(sheetName(wb, name), {
    widths,
    frozenRows: 1,
    print: printSetup({
      footer: options.footer,
      ...(options.paperSize ? { paperSize: options.paperSize } : {}),
    }),
  });
  const headers = columns.map((c) => textCell(c.header));
  ws.row(
    headers.map((value) => ({ value, style: headerStyle })),
    { height: rowHeight(headers, widths) },
  );
  let index = 0;
  for (const row of rows) {
    const values = row.map(cellValue);
    const cells: Cell[] = values.map((value, i) => ({
      value,
      style: mergeStyle(bodyStyle, options.style?.(index, i + 1, value)),
    }));
    ws.row(cells, { height: rowHeight(values, widths) });
    index++;
  }
  ws.autoFilter(1, Math.max(columns.length, 1));
  return ws;
}

/** Each row made as it is written, so a sheet's rows are never all held at once. */
export function* lazyRows<T>(
  items: Iterable<T>,
  make: (item: T) => readonly unknown[],
): Generator<readonly unknown[]> {
  for (const item of items) yield make(item);
}

function cellValue(value: unknown): string | number | boolean {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value;
  return textCell(value);
}
