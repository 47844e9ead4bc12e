import { PackedStream } from './packed-stream.js';
import type { SharedStrings } from './sml-strings.js';
import type { CellStyle, StyleTable } from './sml-styles.js';
import { columnName } from './sml-text.js';
import { officeText } from './text.js';
import { xmlText } from './xml.js';
import type { PackedEntry, ZipLevel } from './zip.js';

/**
 * One worksheet, written row by row into a deflating stream (SpreadsheetML, ECMA-376 part 1,
 * 18.3). What comes before the rows (views, column widths, print fitting) is given when the
 * sheet is made; merges, drop-down lists, protection and the filter are gathered as rows are
 * written and come after them. Every string is a text cell (`t="s"`, the workbook's shared
 * strings): nothing a spec says can become a formula.
 */

export type CellValue = string | number | boolean | null | undefined;

export interface Cell {
  value?: CellValue;
  style?: CellStyle | undefined;
}

export interface PrintOptions {
  /** OOXML paper size: 9 is A4, 8 is A3. */
  paperSize: 8 | 9;
  orientation: 'landscape' | 'portrait';
  /** One page wide, as many pages tall as it takes. */
  fitToWidth?: boolean;
  /** Rows 1 to n repeat at the top of every printed page. */
  titleRows?: number;
  /** The page footer, in header/footer codes ("&L...&R..."). */
  footer?: string;
}

export interface SheetOptions {
  /** Column widths in characters, first column first. */
  widths?: readonly number[];
  /** Rows kept in view when scrolling (the header). */
  frozenRows?: number;
  print?: PrintOptions;
  state?: 'visible' | 'veryHidden';
}

export interface ListValidation {
  /** First and last row, and the column (1-based). */
  rows: readonly [number, number];
  column: number;
  list: readonly string[];
  title: string;
  error: string;
}

export interface Protection {
  /** Allowed on the protected sheet. */
  formatColumns?: boolean;
  formatRows?: boolean;
  autoFilter?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class SheetWriter {
  private readonly stream: PackedStream;
  private lastRow = 0;
  private readonly merges: string[] = [];
  private readonly validations: ListValidation[] = [];
  private protection: Protection | undefined;
  private filter: string | undefined;

  constructor(
    readonly name: string,
    path: string,
    private readonly styles: StyleTable,
    private readonly strings: SharedStrings,
    readonly options: SheetOptions,
    level: ZipLevel,
    selected: boolean,
  ) {
    this.stream = new PackedStream(path, level);
    this.stream.write(head(options, selected));
  }

  /** The number of the last row written (0 before the first). */
  get rowCount(): number {
    return this.lastRow;
  }

  /** Writes the next row, or row `at` (rows may be skipped, never revisited). */
  row(cells: ReadonlyArray<Cell | undefined>, options: { height?: number; at?: number } = {}): number {
    const r = options.at ?? this.lastRow + 1;
    if (!Number.isInteger(r) || r <= this.lastRow)
      throw new Error(`row ${r} of ${this.name} is out of order`);
    this.lastRow = r;
    const ht = options.height === undefined ? '' : ` ht="${options.height}" customHeight="1"`;
    let xml = `<row r="${r}"${ht}>`;
    cells.forEach((cell, i) => {
      if (cell) xml += this.cell(`${columnName(i + 1)}${r}`, cell);
    });
    this.stream.write(`${xml}</row>`);
    return r;
  }

  /** Merges columns `from` to `to` of row `row`. */
  merge(row: number, from: number, to: number): void {
    this.merges.push(`${columnName(from)}${row}:${columnName(to)}${row}`);
  }

  /** A drop-down list of allowed values on a column's cells. */
  validate(v: ListValidation): void {
    if (v.rows[1] >= v.rows[0]) this.validations.push(v);
  }

  /** Protects the sheet without a password. */
  protect(p: Protection): void {
    this.protection = p;
  }

  /** A filter drop-down on columns 1 to `columns` of row `row`. */
  autoFilter(row: number, columns: number): void {
    this.filter = `A${row}:${columnName(Math.max(1, columns))}${row}`;
  }

  /** Closes the sheet: its zip entry. */
  end(): PackedEntry {
    this.stream.write(
      `</sheetData>${tail(this.merges, this.validations, this.protection, this.filter, this.options.print)}</worksheet>`,
    );
    return this.stream.end();
  }

  private cell(ref: string, cell: Cell): string {
    const s = this.styles.id(cell.style);
    const style = s === 0 ? '' : ` s="${s}"`;
    const v = cell.value;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}><v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
    if (v === null || v === undefined) return style === '' ? '' : `<c r="${ref}"${style}/>`;
    return `<c r="${ref}"${style} t="s"><v>${this.strings.id(withinCellLimit(officeText(v)))}</v></c>`;
  }
}

/** Excel holds at most this many characters in a cell, and reports a longer one as damage to repair. */
const cellLimit = 32767;
const cutNote = ' [cut here: an Excel cell holds at most 32,767 characters]';

/** The text, or as much of it as a cell holds with a note saying it was cut. */
export function withinCellLimit(text: string): string {
  if (text.length <= cellLimit) return text;
  let end = cellLimit - cutNote.length - 1;
  // Never half of a character written as two UTF-16 units.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…${cutNote}`;
}

function head(o: SheetOptions, selected: boolean): string {
  const fit = o.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const frozen = o.frozenRows ?? 0;
  const tab = selected ? ' tabSelected="1"' : '';
  const view =
    frozen > 0
      ? `<sheetView${tab} workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView>`
      : `<sheetView${tab} workbookViewId="0"/>`;
  const widths = o.widths ?? [];
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `${fit}<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`
  );
}

function tail(
  merges: readonly string[],
  validations: readonly ListValidation[],
  protection: Protection | undefined,
  filter: string | undefined,
  print: PrintOptions | undefined,
): string {
  let xml = '';
  if (protection) {
    const allow = (name: string, on: boolean | undefined) => (on ? ` ${name}="0"` : '');
    xml += `<sheetProtection sheet="1"${allow('formatColumns', protection.formatColumns)}${allow('formatRows', protection.formatRows)}${allow('autoFilter', protection.autoFilter)}/>`;
  }
  if (filter) xml += `<autoFilter ref="${filter}"/>`;
  if (merges.length)
    xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  if (validations.length) {
    xml += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const col = columnName(v.column);
      xml +=
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${xmlText(v.title)}" error="${xmlText(v.error)}" sqref="${col}${v.rows[0]}:${col}${v.rows[1]}">` +
        `<formula1>${xmlText(listFormula(v.list))}</formula1></dataValidation>`;
    }
    xml += '</dataValidations>';
  }
  if (print) {
    xml += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    xml += `<pageSetup paperSize="${print.paperSize}" orientation="${print.orientation}"${fit}/>`;
    if (print.footer !== undefined)
      xml += `<headerFooter><oddFooter>${xmlText(print.footer)}</oddFooter></headerFooter>`;
  } else {
    xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  }
  return xml;
}

/**
 * A list validation's formula: the values in double quotes, separated by commas. A value holding
 * a comma or a double quote cannot be listed this way, so it is refused (a bug in the caller).
 */
function listFormula(list: readonly string[]): string {
  for (const item of list)
    if (/[",]/.test(item))
      throw new Error(`drop-down value ${JSON.stringify(item)} holds a comma or a quote`);
  const formula = `"${list.map(officeText).join(',')}"`;
  // Excel drops a drop-down whose list is longer than 255 characters and reports the workbook damaged.
  if (formula.length - 2 > 255)
    throw new Error(`drop-down list of ${formula.length - 2} characters (Excel allows 255)`);
  return formula;
}
