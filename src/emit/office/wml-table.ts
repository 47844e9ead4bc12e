import { officeText } from './text.js';
import { widestWord } from './text-metrics.js';
import { paragraphXml, run } from './wml.js';
import type { Block } from './wml.js';

/**
 * Tables for governance documents: the full text width in twips, a fixed grid, thin borders, a
 * shaded bold header row that repeats on every page, rows that do not split across pages, and
 * columns wide enough that no word breaks in the middle wherever the text width allows it.
 */

export const HEADER_SHADING = 'DCE6F2';
const BORDER = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="8EA9C1"/>';
const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => BORDER.replace('%s', side))
  .join('');
const MARGIN = { top: 60, side: 100 };
/** Body text size in tables, in half-points. */
const TABLE_TEXT = 20;

/** Twips of text width on A4 portrait with the kit's 2 cm margins. */
export const A4_PORTRAIT_TEXT_WIDTH = 11906 - 2 * 1134;
/** Twips of text width on A4 landscape with the kit's 2 cm margins. */
export const A4_LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

export interface TableOptions {
  /** Relative column widths (any unit); they share the text width. Equal when left out. */
  widths?: readonly number[];
  /** Text width in twips (A4 portrait with the kit's margins when left out). */
  textWidth?: number;
}

/** Spreads a text width over columns by weight, so the parts add up exactly. */
export function columnWidths(count: number, options: TableOptions = {}): number[] {
  const total = options.textWidth ?? A4_PORTRAIT_TEXT_WIDTH;
  return spread(total, weightsFor(count, options), new Array<number>(count).fill(0));
}

function weightsFor(count: number, options: TableOptions): number[] {
  return options.widths?.length === count ? [...options.widths] : new Array<number>(count).fill(1);
}

/**
 * Widths by weight, except that no column is narrower than its minimum: a column whose share
 * is too small gets its minimum and the others share what is left, by weight. When the
 * minimums do not fit at all, the largest are lowered to a common ceiling until they do: the
 * column that must break is the one with the longest piece (a long link or path), never a
 * column of ordinary words.
 */
export function spread(total: number, weights: readonly number[], minimums: readonly number[]): number[] {
  const need = minimums.reduce((a, b) => a + b, 0);
  if (need >= total) return integral(levelled(minimums, total), total);
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = total - [...fixed.values()].reduce((a, b) => a + b, 0);
    const weight = free.reduce((a, i) => a + weights[i]!, 0);
    const share = (i: number) => (weight > 0 ? (left * weights[i]!) / weight : left / free.length);
    const short = free.filter((i) => share(i) < minimums[i]!);
    if (short.length === 0)
      return integral(
        weights.map((_, i) => fixed.get(i) ?? share(i)),
        total,
      );
    for (const i of short) fixed.set(i, minimums[i]!);
  }
}

/** The minimums with every one above a common ceiling lowered to it, so they add up to `total`. */
function levelled(minimums: readonly number[], total: number): number[] {
  const sorted = [...minimums].sort((a, b) => a - b);
  let below = 0;
  for (let i = 0; i < sorted.length; i++) {
    const ceiling = (total - below) / (sorted.length - i);
    if (sorted[i]! >= ceiling) return minimums.map((m) => Math.min(m, ceiling));
    below += sorted[i]!;
  }
  return [...minimums];
}

/** Whole twips adding up to `total` exactly (the last column takes the rounding). */
function integral(widths: readonly number[], total: number): number[] {
  let used = 0;
  return widths.map((w, i) => {
    const width = i === widths.length - 1 ? total - used : Math.floor(w);
    used += width;
    return width;
  });
}

/** Whether the cell at row r, column c is bold. */
type BoldAt = (r: number, c: number) => boolean;

/** The narrowest column that shows every word of its cells whole, capped at half the table. */
function minimumWidths(rows: readonly (readonly string[])[], bold: BoldAt, total: number): number[] {
  const count = rows[0]?.length ?? 0;
  const slack = 2 * MARGIN.side + 40;
  return Array.from({ length: count }, (_, c) => {
    let widest = 0;
    rows.forEach((row, r) => {
      widest = Math.max(widest, widestWord(row[c] ?? '', TABLE_TEXT, bold(r, c)));
    });
    return Math.min(widest + slack, Math.floor(total / 2));
  });
}

interface CellOptions {
  header?: boolean;
  keepNext?: boolean;
}

function cell(text: string, width: number, options: CellOptions): string {
  const shading = options.header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_SHADING}"/>` : '';
  const p = paragraphXml(run(text, options.header ? { bold: true } : {}), {
    spacing: { after: 0 },
    ...(options.keepNext ? { keepNext: true } : {}),
  });
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shading}</w:tcPr>${p}</w:tc>`;
}

interface RowOptions extends CellOptions {
  repeat?: boolean;
  minHeight?: number;
}

function row(texts: readonly string[], widths: readonly number[], options: RowOptions): string {
  let props = '<w:cantSplit/>';
  if (options.minHeight) props += `<w:trHeight w:val="${options.minHeight}" w:hRule="atLeast"/>`;
  if (options.repeat) props += '<w:tblHeader/>';
  const cells = widths.map((w, i) => cell(texts[i] ?? '', w, options)).join('');
  return `<w:tr><w:trPr>${props}</w:trPr>${cells}</w:tr>`;
}

function tableXml(widths: readonly number[], rows: string): string {
  return `${tableStart(widths)}${rows}</w:tbl>`;
}

function tableStart(widths: readonly number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const margins =
    `<w:top w:w="${MARGIN.top}" w:type="dxa"/><w:left w:w="${MARGIN.side}" w:type="dxa"/>` +
    `<w:bottom w:w="${MARGIN.top}" w:type="dxa"/><w:right w:w="${MARGIN.side}" w:type="dxa"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margins}</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>`
  );
}

const texts = (values: readonly unknown[]) => values.map((v) => officeText(v));

/** Column widths for these rows: by weight, but wide enough for every word where possible. */
export function fittedWidths(
  rows: readonly (readonly string[])[],
  bold: BoldAt,
  options: TableOptions = {},
): number[] {
  const total = options.textWidth ?? A4_PORTRAIT_TEXT_WIDTH;
  const count = rows[0]?.length ?? 0;
  return spread(total, weightsFor(count, options), minimumWidths(rows, bold, total));
}

const headerRow: BoldAt = (r) => r === 0;

/**
 * A table whose bold, shaded header row repeats at the top of every page. Rows do not split
 * across pages unless a single row is taller than a page.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: TableOptions = {},
): Block {
  const all = [texts(headers), ...rows.map((r) => texts(headers.map((_, i) => r[i])))];
  const widths = fittedWidths(all, headerRow, options);
  // Written a row at a time when the document is: a table of thousands of rows is never one string.
  return function* () {
    yield tableStart(widths);
    for (let i = 0; i < all.length; i++)
      yield row(all[i]!, widths, i === 0 ? { header: true, repeat: true, keepNext: true } : {});
    yield '</w:tbl>';
  };
}

/** Label/value pairs: labels bold and shaded in a narrow first column. */
export function keyValueTable(
  pairs: readonly (readonly [string, unknown])[],
  options: TableOptions = {},
): Block {
  const all = pairs.map(([label, value]) => texts([label, value]));
  const widths = fittedWidths(all, (_r, c) => c === 0, { widths: [1, 2.4], ...options });
  const rows = all.map(
    (r) =>
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(r[0]!, widths[0]!, { header: true })}${cell(r[1]!, widths[1]!, {})}</w:tr>`,
  );
  const xml = tableXml(widths, rows.join(''));
  return () => xml;
}

/**
 * Role, Name, Signature, Date; the last three left blank and tall enough to sign by hand. The
 * table is kept on one page (keep-with-next on every row but the last).
 */
export function signatureTable(roles: readonly string[], options: TableOptions = {}): Block {
  const headers = ['Role', 'Name', 'Signature', 'Date'];
  const all = [headers, ...roles.map((role) => [officeText(role), '', '', ''])];
  const widths = fittedWidths(all, headerRow, { widths: [3, 3, 3, 1.6], ...options });
  const rows = all.map((r, i) =>
    row(r, widths, {
      header: i === 0,
      repeat: i === 0,
      keepNext: i < all.length - 1,
      ...(i > 0 ? { minHeight: 680 } : {}),
    }),
  );
  const xml = tableXml(widths, rows.join(''));
  return () => xml;
}
