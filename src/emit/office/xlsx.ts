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

export { sheetName, textCell } from './text.js';
export * from './sheet-layout.js';
