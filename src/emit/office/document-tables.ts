import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ITableBordersOptions } from 'docx';
import { officeText } from './text.js';

/** Tables for governance documents: full text width, fixed layout, thin borders, shaded header. */

export const HEADER_SHADING = 'DCE6F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8EA9C1' };
const borders: ITableBordersOptions = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };

/** Text with line breaks kept: each "\n" becomes a break inside one paragraph. */
export function textRuns(value: unknown, options: { bold?: boolean } = {}): TextRun[] {
  return officeText(value)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, bold: options.bold, break: i > 0 ? 1 : undefined }));
}

export interface TableOptions {
  /** Relative column widths (any unit); they share the text width. Equal when left out. */
  widths?: readonly number[];
  /**
   * Text width in twips for the column grid (A4 portrait with kit margins when left out). Tables
   * are sized as 100% of the text width, so this matters only to readers that ignore that.
   */
  textWidth?: number;
}

/** Twips of text width on A4 portrait with the kit's 2 cm margins. */
export const A4_PORTRAIT_TEXT_WIDTH = 11906 - 2 * 1134;
/** Twips of text width on A4 landscape with the kit's 2 cm margins. */
export const A4_LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

/** Spreads a text width over columns by weight, so the parts add up exactly. */
export function columnWidths(count: number, options: TableOptions = {}): number[] {
  const total = options.textWidth ?? A4_PORTRAIT_TEXT_WIDTH;
  const weights = options.widths?.length === count ? options.widths : Array.from({ length: count }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  let used = 0;
  return weights.map((w, i) => {
    const width = i === count - 1 ? total - used : Math.floor((total * w) / sum);
    used += width;
    return width;
  });
}

// Widths are in fiftieths of a percent of the table, and the table is 100% of the text width, so
// the same table fits portrait and landscape pages. The grid (in twips) is the fallback for
// readers that ignore percentages.
function cell(content: unknown, width: number, header: boolean, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    margins: cellMargins,
    verticalAlign: VerticalAlign.TOP,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING } : undefined,
    children: [
      new Paragraph({ children: textRuns(content, { bold: header }), spacing: { after: 0 }, keepNext }),
    ],
  });
}

function percentages(twips: readonly number[]): number[] {
  const total = twips.reduce((a, b) => a + b, 0);
  return twips.map((w) => Math.round((5000 * w) / total));
}

function table(rows: TableRow[], twips: number[]): Table {
  return new Table({
    rows,
    width: { size: 5000, type: WidthType.PERCENTAGE },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/**
 * A table whose bold, shaded header row repeats at the top of every page. Rows do not split
 * across pages unless a single row is taller than a page.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: TableOptions = {},
): Table {
  const twips = columnWidths(headers.length, options);
  const widths = percentages(twips);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => cell(h, widths[i]!, true)),
  });
  const bodyRows = rows.map(
    (row) => new TableRow({ cantSplit: true, children: widths.map((w, i) => cell(row[i], w, false)) }),
  );
  return table([headerRow, ...bodyRows], twips);
}

/** Label/value pairs: labels bold and shaded in a narrow first column. */
export function keyValueTable(
  pairs: readonly (readonly [string, unknown])[],
  options: TableOptions = {},
): Table {
  const twips = columnWidths(2, { widths: [1, 2.4], ...options });
  const widths = percentages(twips);
  return table(
    pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, widths[0]!, true), cell(value, widths[1]!, false)],
        }),
    ),
    twips,
  );
}

/**
 * Role, Name, Signature, Date; the last three left blank and tall enough to sign by hand. The
 * table is kept on one page (keep-with-next on every row but the last).
 */
export function signatureTable(roles: readonly string[], options: TableOptions = {}): Table {
  const twips = columnWidths(4, { widths: [3, 3, 3, 1.6], ...options });
  const widths = percentages(twips);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['Role', 'Name', 'Signature', 'Date'].map((h, i) =>
      cell(h, widths[i]!, true, roles.length > 0),
    ),
  });
  const rows = roles.map(
    (role, r) =>
      new TableRow({
        cantSplit: true,
        height: { value: 680, rule: HeightRule.ATLEAST },
        children: widths.map((w, i) => cell(i === 0 ? role : '', w, false, r < roles.length - 1)),
      }),
  );
  return table([header, ...rows], twips);
}
