import type { Diagnostic } from '../core/diagnostics.js';
import type { WrittenHazardDecision } from '../model/written.js';
import type { HazardDecisionField } from '../emit/clinical/decision-cells.js';
import { controlLine, hazardDecisionCells, hazardDecisionColumns } from '../emit/clinical/decision-cells.js';
import { decisionsSheetName } from '../emit/clinical/xlsx-decisions-sheet.js';
import { parseConsequence, parseControls, parseDecision, parseLikelihood } from './cell-values.js';
import type { DecisionRow } from './row.js';
import { rowReader, textAndDateEdits } from './row.js';
import type { EditValue } from './yaml-edit.js';

/**
 * The spec keys a hazard row changes: each decision cell compared with how the spec's entry
 * shows in that cell today, so a cell left as govspec wrote it changes nothing.
 */
export function hazardRowEdits(
  row: DecisionRow,
  block: WrittenHazardDecision | undefined,
  file: string,
  report: (d: Diagnostic) => void,
): Array<[string, EditValue]> {
  const now = hazardDecisionCells(block);
  const reader = rowReader(row, now, decisionsSheetName, hazardDecisionColumns, file, report);
  const { state, changed, read } = reader;
  const set: Array<[string, EditValue]> = [];

  if (changed('decision')) {
    const decision = read('decision', parseDecision);
    if (state.ok) {
      set.push(['decision', decision ?? null]);
      // A written status follows the decision, so the two never disagree.
      if (block?.status !== undefined)
        set.push(['status', decision === 'closed' || decision === 'transferred' ? decision : null]);
    }
  }
  if (changed('residualLikelihood') || changed('residualConsequence')) {
    const likelihood = read('residualLikelihood', parseLikelihood);
    const severity = read('residualConsequence', parseConsequence);
    if (state.ok && (likelihood === undefined) !== (severity === undefined)) {
      const empty: HazardDecisionField =
        likelihood === undefined ? 'residualLikelihood' : 'residualConsequence';
      read(empty, () => ({
        problem:
          'is empty but the other residual cell is filled. Give both residual likelihood and consequence, or clear both.',
      }));
    } else if (state.ok) set.push(['residual', likelihood && severity ? { likelihood, severity } : null]);
  }
  if (changed('controls')) {
    const controls = read('controls', parseControls);
    // Written again only when the reviewer's controls differ from the spec's, not just their spacing.
    if (controls && controls.map(controlLine).join('\n') !== now.controls)
      set.push([
        'controls',
        controls.length === 0 ? null : controls.map((c) => ({ ...c }) as Record<string, string>),
      ]);
  }
  textAndDateEdits(
    reader,
    now,
    ['rationale', 'closure', 'transferredTo', 'approvedBy', 'decidedBy'],
    'decidedOn',
    set,
  );
  return state.ok ? set : [];
}
