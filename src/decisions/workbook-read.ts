import type * as ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { openWorkbook } from '../emit/office/xlsx.js';
import { onlySheets } from './workbook-sheets.js';

/**
 * A workbook from outside, opened defensively: bounded in size on disk and unpacked, with every
 * entry's real unpacked size counted before exceljs sees it (a zip bomb declares small sizes and
 * inflates to gigabytes), and cell values reduced to plain text: formulas are never evaluated.
 */
export interface WorkbookLimits {
  /** Largest workbook file read. */
  maxBytes: number;
  /** Largest total unpacked size of its entries. */
  maxUnpacked: number;
  maxEntries: number;
}

/**
 * Room for the workbooks govspec builds for the estates it serves, and no more: at 5,000 specs
 * the hazard log workbook is about 9 MB, unpacks to 83 MB and has 29,000 decision rows.
 */
export const workbookLimits: WorkbookLimits = {
  maxBytes: 48 * 1024 * 1024,
  maxUnpacked: 256 * 1024 * 1024,
  maxEntries: 500,
};

export type Opened = { workbook: ExcelJS.Workbook } | { unsafe: string } | { unreadable: string };

/**
 * `keep`: the sheets that will be read. The others are handed to exceljs empty, so it does not
 * hold their cells (workbook-sheets.ts); without it, every sheet is read.
 */
export async function openUntrustedWorkbook(
  bytes: Uint8Array,
  limits = workbookLimits,
  keep?: ReadonlySet<string>,
): Promise<Opened> {
  if (bytes.length > limits.maxBytes) return { unsafe: `it is larger than ${mb(limits.maxBytes)}` };
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { unreadable: 'it is not a zip-based .xlsx file' };
  const checked = checkZip(bytes, limits);
  if (checked) return checked;
  try {
    return { workbook: await openWorkbook((keep && onlySheets(bytes, keep)) || bytes) };
  } catch (e) {
    return { unreadable: e instanceof Error ? e.message.split('\n')[0]! : 'exceljs could not open it' };
  }
}

function checkZip(bytes: Uint8Array, limits: WorkbookLimits): Opened | undefined {
  let declared = 0;
  let entries = 0;
  try {
    // The filter sees every entry's header and unpacks none of them.
    unzipSync(bytes, {
      filter: (f) => {
        entries++;
        declared += f.originalSize;
        return false;
      },
    });
  } catch {
    return { unreadable: 'its zip directory is damaged' };
  }
  if (entries > limits.maxEntries) return { unsafe: `it holds ${entries} entries` };
  if (declared > limits.maxUnpacked) return { unsafe: `it unpacks to more than ${mb(limits.maxUnpacked)}` };
  let actual = 0;
  let over = false;
  let broken = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) broken = true;
      actual += chunk?.length ?? 0;
      if (actual > limits.maxUnpacked && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    broken = true;
  }
  if (over)
    return {
      unsafe: `it unpacks to more than ${mb(limits.maxUnpacked)} (far more than its entries declare)`,
    };
  if (broken) return { unreadable: 'an entry of the zip is damaged' };
  return undefined;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** A cell's content as text, or why it cannot be read. Formulas are refused, never run. */
export function cellText(cell: ExcelJS.Cell): { text: string } | { problem: string } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { text: String(v) };
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o)
      return { problem: 'holds a formula, which govspec never runs. Type the value itself.' };
    if ('error' in o) return { problem: `shows the error ${String(o.error)}. Type the value itself.` };
    if (Array.isArray(o.richText))
      return { text: (o.richText as Array<{ text?: unknown }>).map((p) => String(p.text ?? '')).join('') };
    if (typeof o.text === 'string') return { text: o.text };
  }
  return { problem: 'holds a value govspec cannot read. Type the value as text.' };
}

// Controls other than newline and tab, bidi controls, and Unicode line separators: a value is
// written into a spec that people review and sign.
const unsafe =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Text fit for a spec: line endings made "\n", tabs spaces, hidden controls removed, trimmed. */
export function sanitise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(unsafe, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}
