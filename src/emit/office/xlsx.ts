import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import type { WorkbookProps } from './sml.js';
import { Workbook } from './sml.js';

/**
 * Workbooks with byte-stable output, written by govspec's own SpreadsheetML writer (`sml.ts`).
 * exceljs is used only to read a workbook back (checks and tests), and is loaded on first use:
 * it is heavy and no build needs it.
 */

export type { WorkbookProps } from './sml.js';
export { Workbook } from './sml.js';

export function newWorkbook(props: WorkbookProps): Workbook {
  return new Workbook(props);
}

/**
 * The workbook as .xlsx bytes, identical across runs, machines and time zones for the same
 * workbook and build date. A date given here wins over the one given to `newWorkbook`.
 */
export function workbookBytes(wb: Workbook, date?: Date): Uint8Array {
  return wb.bytes(date);
}

const require = createRequire(import.meta.url);

/** Reads .xlsx bytes back into an exceljs workbook (for checks and tests). */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const excel = require('exceljs') as typeof ExcelJS;
  const wb = new excel.Workbook();
  const copy = bytes.slice().buffer;
  await wb.xlsx.load(copy);
  return wb;
}

export { sheetName, textCell } from './text.js';
export * from './sheet-layout.js';
