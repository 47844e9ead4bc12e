import type * as ExcelJS from 'exceljs';
import type { Diagnostic } from '../core/diagnostics.js';
import { buildSheetName } from '../emit/office/decision-sheet.js';
import { decisionCodes } from './codes.js';
import type { SheetContract } from './contracts.js';
import { contracts } from './contracts.js';
import type { DecisionRow } from './row.js';
import { columnLetter } from './row.js';
import { cellText, sanitise } from './workbook-read.js';

/** What the hidden build sheet records, and the decision cells as the reviewer left them. */
export interface BuildRecord {
  govspec: string;
  inputs: string;
  specs: Map<string, { file: string; version: string; fingerprint: string }>;
  /** By the number shown in the key column: the integration, derived or local, the id, the spec pointer. */
  entries: Map<string, { integration: string; origin: string; ref: string; pointer: string }>;
  contract: SheetContract;
}

/** Every sheet the import reads: the build sheet, and each contract's sheet of decisions. */
export const readSheets: ReadonlySet<string> = new Set([buildSheetName, ...contracts.map((c) => c.sheet)]);

/** Rows on the Decisions sheet: far above the 29,000 of an estate of 5,000 specs, far below Excel's 1,048,576. */
const maxRows = 250_000;

export function readBuildRecord(wb: ExcelJS.Workbook, file: string): BuildRecord | Diagnostic {
  const ws = wb.getWorksheet(buildSheetName);
  const unknown = (why: string) => decisionCodes['decisions-workbook-unknown'].at(undefined, file, why);
  if (!ws) return unknown(`has no "${buildSheetName}" sheet recording the build it came from`);
  const record: Omit<BuildRecord, 'contract'> = {
    govspec: '',
    inputs: '',
    specs: new Map(),
    entries: new Map(),
  };
  let format = '';
  const rows = Math.min(ws.rowCount, maxRows * 2);
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const at = (c: number) => {
      const t = cellText(row.getCell(c));
      return 'text' in t ? t.text : '';
    };
    const kind = at(1);
    if (kind === 'format') format = at(2);
    else if (kind === 'govspec') record.govspec = at(2);
    else if (kind === 'inputs') record.inputs = at(2);
    else if (kind === 'spec') record.specs.set(at(2), { file: at(3), version: at(4), fingerprint: at(5) });
    else if (kind === 'entry')
      record.entries.set(at(2), { integration: at(3), origin: at(4), ref: at(5), pointer: at(6) });
  }
  const contract = contracts.find((c) => c.format === format);
  if (!contract) return unknown(`is not a decisions workbook of this govspec version (format "${format}")`);
  return { ...record, contract };
}

export function readDecisionRows(
  wb: ExcelJS.Workbook,
  file: string,
  record: BuildRecord,
): { rows: DecisionRow[]; diagnostics: Diagnostic[] } {
  const { sheet, keyHeader, columns } = record.contract;
  const diagnostics: Diagnostic[] = [];
  const ws = wb.getWorksheet(sheet);
  if (!ws) {
    const why = `has no "${sheet}" sheet`;
    return { rows: [], diagnostics: [decisionCodes['decisions-workbook-unknown'].at(undefined, file, why)] };
  }
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell({ includeEmpty: false }, (c, col) => {
    const t = cellText(c);
    if ('text' in t) headers.set(sanitise(t.text), col);
  });
  const wanted = [keyHeader, ...columns.map((c) => c.header)];
  const missing = wanted.filter((h) => !headers.has(h));
  if (missing.length > 0) {
    const why = `has a "${sheet}" sheet without the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} in its first row (columns must not be renamed or deleted)`;
    return { rows: [], diagnostics: [decisionCodes['decisions-workbook-unknown'].at(undefined, file, why)] };
  }
  if (ws.rowCount > maxRows + 1) {
    const why = `has more than ${maxRows} rows on its "${sheet}" sheet`;
    return { rows: [], diagnostics: [decisionCodes['decisions-workbook-unsafe'].at(undefined, file, why)] };
  }
  const bad = (row: number, col: number, header: string, what: string) =>
    diagnostics.push(
      decisionCodes['decisions-cell-invalid'].at(
        { file, line: row, column: col },
        sheet,
        `${columnLetter(col)}${row}`,
        header,
        what,
      ),
    );
  const rows: DecisionRow[] = [];
  const seen = new Set<string>();
  const numberColumn = headers.get(keyHeader)!;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const key = cellText(row.getCell(numberColumn));
    const number = 'text' in key ? sanitise(key.text) : '';
    const cells = {} as DecisionRow['cells'];
    let filled = false;
    for (const c of columns) {
      const col = headers.get(c.header)!;
      const t = cellText(row.getCell(col));
      if ('problem' in t) {
        bad(r, col, c.header, t.problem);
        continue;
      }
      const text = sanitise(t.text);
      if (text !== '') filled = true;
      cells[c.field] = { text, column: col };
    }
    if (number === '') {
      if (filled)
        bad(
          r,
          numberColumn,
          keyHeader,
          'is empty but the row has decisions. Enter decisions only on the rows govspec wrote; do not add rows.',
        );
      continue;
    }
    if (!record.entries.has(number)) {
      bad(
        r,
        numberColumn,
        keyHeader,
        `"${number}" is not in the build this workbook came from. Do not change this column or add rows.`,
      );
      continue;
    }
    if (seen.has(number)) {
      bad(r, numberColumn, keyHeader, `${number} has a second row. Keep one row for each.`);
      continue;
    }
    seen.add(number);
    if (Object.keys(cells).length === columns.length) rows.push({ number, row: r, cells });
  }
  return { rows, diagnostics };
}
