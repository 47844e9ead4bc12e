import type { WrittenPrivacyDecision } from '../../model/written.js';

/**
 * The IG decision columns of the privacy risk register workbook and how a spec's privacyRisks
 * entry shows in them; the import compares what it reads with these, as for the hazard log.
 */
export type PrivacyDecisionField =
  'effect' | 'residual' | 'measures' | 'approved' | 'rationale' | 'decidedBy' | 'decidedOn';

export const effectLabels = { eliminated: 'Eliminated', reduced: 'Reduced', accepted: 'Accepted' } as const;
export const residualLabels = { low: 'Low', medium: 'Medium', high: 'High' } as const;
export const approvedLabels = { yes: 'Yes', no: 'No' } as const;

export interface PrivacyDecisionColumn {
  field: PrivacyDecisionField;
  header: string;
  width: number;
  list?: readonly string[];
}

export const privacyDecisionColumns: readonly PrivacyDecisionColumn[] = [
  { field: 'effect', header: 'Effect on risk', width: 13, list: Object.values(effectLabels) },
  { field: 'residual', header: 'Residual risk', width: 11, list: Object.values(residualLabels) },
  { field: 'measures', header: 'Measures (one a line)', width: 48 },
  { field: 'approved', header: 'Measure approved', width: 11, list: Object.values(approvedLabels) },
  { field: 'rationale', header: 'Rationale', width: 40 },
  { field: 'decidedBy', header: 'Decided by', width: 20 },
  { field: 'decidedOn', header: 'Decided on', width: 12 },
];

export type PrivacyFields = Pick<
  WrittenPrivacyDecision,
  'effect' | 'residual' | 'measures' | 'approved' | 'rationale' | 'decidedBy' | 'decidedOn'
>;

export function privacyDecisionCells(b: PrivacyFields | undefined): Record<PrivacyDecisionField, string> {
  return {
    effect: b?.effect ? effectLabels[b.effect] : '',
    residual: b?.residual ? residualLabels[b.residual] : '',
    measures: (b?.measures ?? []).join('\n'),
    approved: b?.approved === undefined ? '' : b.approved ? approvedLabels.yes : approvedLabels.no,
    rationale: b?.rationale ?? '',
    decidedBy: b?.decidedBy ?? '',
    decidedOn: b?.decidedOn ?? '',
  };
}
