import type { Diagnostic } from '../core/diagnostics.js';
import type { WrittenHazardDecision } from '../model/written.js';
import type { HazardDecisionField } from '../emit/clinical/decision-cells.js';
import { controlLine, hazardDecisionCells, hazardDecisionColumns } from '../emit/clinical/decision-cells.js';
import { decisionsSheetName } from '../emit/clinical/xlsx-decisions-sheet.js';
import { officeText } from '../emit/office/text.js';
import {
  parseConsequence,
  parseControls,
  parseDate,
  parseDecision,
  parseLikelihood,
  parseText,
} from './cell-values.js';
import type { Parsed } from './cell-values.js';
import { decisionCodes } from './codes.js';
import type { DecisionRow } from './hazard-workbook.js';
import { columnLetter } from './hazard-workbook.js';
import { sanitise } from './workbook-read.js';
import type { EditValue } from './yaml-edit.js';

const header = (f: HazardDecisionField) => hazardDecisionColumns.find((c) => c.field === f)!.header;

/**
 * The spec keys a row changes: each decision cell compared with how the spec's entry shows in
 * that cell today, so a cell left as govspec wrote it changes nothing.
 */
export function hazardRowEdits(
  row: DecisionRow,
  block: WrittenHazardDecision | undefined,
  file: string,
  report: (d: Diagnostic) => void,
): Array<[string, EditValue]> {
  const now = hazardDecisionCells(block);
  const cell = (f: HazardDecisionField) => row.cells[f];
  const changed = (f: HazardDecisionField) => cell(f).text !== sanitise(officeText(now[f]));
  let ok = true;
  const read = <T>(f: HazardDecisionField, parse: (t: string) => Parsed<T>): T | undefined => {
    const r = parse(cell(f).text);
    if ('value' in r) return r.value;
    ok = false;
    report(
      decisionCodes['decisions-cell-invalid'].at(
        { file, line: row.row, column: cell(f).column },
        decisionsSheetName,
        `${columnLetter(cell(f).column)}${row.row}`,
        header(f),
        r.problem,
      ),
    );
    return undefined;
  };
  const set: Array<[string, EditValue]> = [];

  if (changed('decision')) {
    const decision = read('decision', parseDecision);
    if (ok) {
      set.push(['decision', decision ?? null]);
      // A written status follows the decision, so the two never disagree.
      if (block?.status !== undefined)
        set.push(['status', decision === 'closed' || decision === 'transferred' ? decision : null]);
    }
  }
  if (changed('residualLikelihood') || changed('residualConsequence')) {
    const likelihood = read('residualLikelihood', parseLikelihood);
    const severity = read('residualConsequence', parseConsequence);
    if (ok && (likelihood === undefined) !== (severity === undefined)) {
      const empty: HazardDecisionField =
        likelihood === undefined ? 'residualLikelihood' : 'residualConsequence';
      read(empty, () => ({
        problem:
          'is empty but the other residual cell is filled. Give both residual likelihood and consequence, or clear both.',
      }));
    } else if (ok) set.push(['residual', likelihood && severity ? { likelihood, severity } : null]);
  }
  if (changed('controls')) {
    const controls = read('controls', parseControls);
    // Written again only when the reviewer's controls differ from the spec's, not just their spacing.
    const same = controls?.map(controlLine).join('\n') === now.controls;
    if (controls && !same)
      set.push([
        'controls',
        controls.length === 0 ? null : controls.map((c) => ({ ...c }) as Record<string, string>),
      ]);
  }
  for (const f of ['rationale', 'closure', 'transferredTo', 'approvedBy', 'decidedBy'] as const)
    if (changed(f)) {
      const r = parseText(cell(f).text);
      if ('value' in r) set.push([f, r.value ?? null]);
      else read(f, () => r);
    }
  if (changed('decidedOn')) {
    const on = read('decidedOn', parseDate);
    if (on !== now.decidedOn && ok) set.push(['decidedOn', on ?? null]);
  }
  return ok ? set : [];
}
