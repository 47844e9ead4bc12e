import type { Diagnostic } from '../core/diagnostics.js';
import type { PrivacyFields } from '../emit/privacy/decision-cells.js';
import {
  approvedLabels,
  effectLabels,
  privacyDecisionCells,
  privacyDecisionColumns,
  residualLabels,
} from '../emit/privacy/decision-cells.js';
import { riskSheetName } from '../emit/privacy/register-xlsx.js';
import { fromList, parseText } from './cell-values.js';
import type { DecisionRow } from './row.js';
import { rowReader, textAndDateEdits } from './row.js';
import type { EditValue } from './yaml-edit.js';

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as Array<[K, string]>;

/** The privacyRisks keys a register row changes, as for the hazard log's Decisions sheet. */
export function privacyRowEdits(
  row: DecisionRow,
  block: PrivacyFields | undefined,
  file: string,
  report: (d: Diagnostic) => void,
): Array<[string, EditValue]> {
  const now = privacyDecisionCells(block);
  const reader = rowReader(row, now, riskSheetName, privacyDecisionColumns, file, report);
  const { state, changed, read } = reader;
  const set: Array<[string, EditValue]> = [];
  if (changed('effect')) {
    const effect = read('effect', (t) => fromList(t, entries(effectLabels)));
    if (state.ok) set.push(['effect', effect ?? null]);
  }
  if (changed('residual')) {
    const residual = read('residual', (t) => fromList(t, entries(residualLabels)));
    if (state.ok) set.push(['residual', residual ?? null]);
  }
  if (changed('approved')) {
    const approved = read('approved', (t) => fromList(t, entries(approvedLabels)));
    if (state.ok) set.push(['approved', approved === undefined ? null : approved === 'yes']);
  }
  if (changed('measures')) {
    const text = read('measures', parseText);
    const measures = (text ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*[•*-]\s*/, '').trim())
      .filter((l) => l !== '');
    if (state.ok && measures.join('\n') !== now.measures)
      set.push(['measures', measures.length ? measures : null]);
  }
  textAndDateEdits(reader, now, ['rationale', 'decidedBy'], 'decidedOn', set);
  return state.ok ? set : [];
}
