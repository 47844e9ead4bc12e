import type * as ExcelJS from 'exceljs';
import type { TableColumn } from './sheet-layout.js';
import { addTableSheet } from './sheet-layout.js';
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

export async function addDecisionSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly EditableColumn[],
  rows: readonly (readonly unknown[])[],
  options: { footer?: string } = {},
): Promise<ExcelJS.Worksheet> {
  const ws = addTableSheet(wb, name, columns, rows, options);
  columns.forEach((column, index) => {
    if (!column.editable) return;
    for (let r = 2; r <= rows.length + 1; r++) {
      const cell = ws.getCell(r, index + 1);
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDITABLE_FILL } };
      if (column.list)
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.list.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: column.header,
          error: `Choose one of: ${column.list.join(', ')}, or leave it empty.`,
        };
    }
  });
  // No password: a password hash needs a random salt, and the bytes must not change between builds.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
  return ws;
}

/** Pale yellow: the cells a reviewer fills in. */
const EDITABLE_FILL = 'FFFFF9E5';

/** Name of the hidden sheet that records which build a workbook came from. */
export const buildSheetName = 'govspec build';

/**
 * The build fingerprint: a very hidden sheet of rows of text (first cell the kind of row), read
 * back by the import to refuse a workbook made from different specs.
 */
export function addBuildSheet(wb: ExcelJS.Workbook, rows: readonly (readonly string[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(buildSheetName, { state: 'veryHidden' });
  for (const row of rows) ws.addRow(row.map(textCell));
  return ws;
}
