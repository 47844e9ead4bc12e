import type { CellStyler, TableColumn } from './sheet-layout.js';
import { addTableSheet } from './sheet-layout.js';
import type { Workbook } from './sml.js';
import type { SheetWriter } from './sml-sheet.js';
import type { CellStyle } from './sml-styles.js';
import { mergeStyle } from './sml-styles.js';
import { textCell } from './text.js';

/**
 * Sheets a reviewer fills in and govspec reads back (`govspec decisions import`): a table whose
 * editable columns are unlocked, with drop-down lists where only some values are allowed, on a
 * sheet protected without a password (it prevents accidental edits of derived columns, not
 * determined ones; the import checks every cell anyway).
 */
export interface EditableColumn extends TableColumn {
  /** The reviewer fills this column in. */
  editable?: boolean;
  /** The only values allowed (a drop-down in Excel and LibreOffice). */
  list?: readonly string[];
}

/** Reviewer columns (header, width, optional list) as editable sheet columns. */
export function editable(
  columns: ReadonlyArray<{ header: string; width: number; list?: readonly string[] }>,
): EditableColumn[] {
  return columns.map((c) => ({
    header: c.header,
    width: c.width,
    editable: true,
    ...(c.list ? { list: c.list } : {}),
  }));
}

/** Pale yellow: the cells a reviewer fills in. */
const EDITABLE_FILL = 'FFFFF9E5';
const editableStyle: CellStyle = { fill: EDITABLE_FILL, locked: false };

export function addDecisionSheet(
  wb: Workbook,
  name: string,
  columns: readonly EditableColumn[],
  rows: Iterable<readonly unknown[]>,
  options: { footer?: string; style?: CellStyler } = {},
): SheetWriter {
  const style: CellStyler = (index, column, value) => {
    const own = options.style?.(index, column, value);
    return columns[column - 1]?.editable ? mergeStyle(own, editableStyle) : own;
  };
  const ws = addTableSheet(wb, name, columns, rows, { footer: options.footer, style });
  columns.forEach((column, index) => {
    if (!column.editable || !column.list) return;
    ws.validate({
      rows: [2, ws.rowCount],
      column: index + 1,
      list: column.list,
      title: column.header,
      error: `Choose one of: ${column.list.join(', ')}, or leave it empty.`,
    });
  });
  // No password: a password hash needs a random salt, and the bytes must not change between builds.
  ws.protect({ formatColumns: true, formatRows: true, autoFilter: true });
  return ws;
}

/** Name of the hidden sheet that records which build a workbook came from. */
export const buildSheetName = 'govspec build';

/**
 * The build fingerprint: a very hidden sheet of rows of text (first cell the kind of row), read
 * back by the import to refuse a workbook made from different specs.
 */
export function addBuildSheet(wb: Workbook, rows: Iterable<readonly string[]>): SheetWriter {
  const ws = wb.addSheet(buildSheetName, { state: 'veryHidden' });
  for (const row of rows) ws.row(row.map((value) => ({ value: textCell(value) })));
  return ws;
}
