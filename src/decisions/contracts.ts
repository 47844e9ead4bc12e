import type { Diagnostic } from '../core/diagnostics.js';
import { hazardDecisionColumns } from '../emit/clinical/decision-cells.js';
import {
  decisionsKeyColumns,
  decisionsSheetName,
  hazardBuildFormat,
} from '../emit/clinical/xlsx-decisions-sheet.js';
import { privacyDecisionColumns } from '../emit/privacy/decision-cells.js';
import { privacyBuildFormat, riskKeyColumns, riskSheetName } from '../emit/privacy/register-xlsx.js';
import { hazardRowEdits } from './hazard-edits.js';
import { privacyRowEdits } from './privacy-edits.js';
import type { DecisionRow } from './row.js';
import type { EditValue } from './yaml-edit.js';

/** What one kind of decisions workbook holds and where its decisions go in a spec. */
export interface SheetContract {
  /** The format row of the hidden build sheet. */
  format: string;
  sheet: string;
  /** Heading of the locked column that names the row (hazard or risk number). */
  keyHeader: string;
  /** The spec list the decisions are written to. */
  list: 'hazards' | 'privacyRisks';
  /** What is counted in the summary: "hazard decision", "privacy risk decision". */
  noun: string;
  columns: ReadonlyArray<{ field: string; header: string }>;
  rowEdits(
    row: DecisionRow,
    block: unknown,
    file: string,
    report: (d: Diagnostic) => void,
  ): Array<[string, EditValue]>;
}

export const contracts: readonly SheetContract[] = [
  {
    format: hazardBuildFormat,
    sheet: decisionsSheetName,
    keyHeader: decisionsKeyColumns[0],
    list: 'hazards',
    noun: 'hazard decision',
    columns: hazardDecisionColumns,
    rowEdits: (row, block, file, report) => hazardRowEdits(row, block as never, file, report),
  },
  {
    format: privacyBuildFormat,
    sheet: riskSheetName,
    keyHeader: riskKeyColumns[0],
    list: 'privacyRisks',
    noun: 'privacy risk decision',
    columns: privacyDecisionColumns,
    rowEdits: (row, block, file, report) => privacyRowEdits(row, block as never, file, report),
  },
];
