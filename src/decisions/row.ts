import type { Diagnostic } from '../core/diagnostics.js';
import { officeText } from '../emit/office/text.js';
import type { Parsed } from './cell-values.js';
import { parseDate, parseText } from './cell-values.js';
import { decisionCodes } from './codes.js';
import { sanitise } from './workbook-read.js';
import type { EditValue } from './yaml-edit.js';

/** One row of a decisions sheet as the reviewer left it. */
export interface DecisionRow {
  /** The hazard or risk number in the row's key column. */
  number: string;
  row: number;
  /** Sanitised cell text by field, with the cell's column for messages. */
  cells: Record<string, { text: string; column: number }>;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Reading one row's cells against what the spec holds now: `changed` compares a cell with how
 * the spec's value is shown in it, `read` parses a cell and reports a per-cell problem.
 */
export function rowReader<F extends string>(
  row: DecisionRow,
  now: Record<F, string>,
  sheet: string,
  headers: ReadonlyArray<{ field: F; header: string }>,
  file: string,
  report: (d: Diagnostic) => void,
) {
  const cell = (f: F) => row.cells[f]!;
  const state = { ok: true };
  return {
    state,
    cell,
    changed: (f: F) => cell(f).text !== sanitise(officeText(now[f])),
    read<T>(f: F, parse: (t: string) => Parsed<T>): T | undefined {
      const r = parse(cell(f).text);
      if ('value' in r) return r.value;
      state.ok = false;
      const c = cell(f).column;
      report(
        decisionCodes['decisions-cell-invalid'].at(
          { file, line: row.row, column: c },
          sheet,
          `${columnLetter(c)}${row.row}`,
          headers.find((h) => h.field === f)!.header,
          r.problem,
        ),
      );
      return undefined;
    },
  };
}

/** Free-text fields and the decision date: an empty cell removes the key, a date is written YYYY-MM-DD. */
export function textAndDateEdits<F extends string>(
  reader: ReturnType<typeof rowReader<F>>,
  now: Record<F, string>,
  texts: readonly F[],
  date: F,
  set: Array<[string, EditValue]>,
): void {
  const { state, cell, changed, read } = reader;
  for (const f of texts)
    if (changed(f)) {
      const value = read(f, parseText);
      if (cell(f).text === '' || value !== undefined) set.push([f, value ?? null]);
    }
  if (changed(date)) {
    const on = read(date, parseDate);
    if (state.ok && on !== now[date]) set.push([date, on ?? null]);
  }
}
