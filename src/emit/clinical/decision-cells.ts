import { consequenceLevels, likelihoodLevels } from '../../catalogue/dcb-levels.js';
import type { WrittenHazardDecision } from '../../model/written.js';
import { controlKindLabels } from './view.js';

/**
 * The decision columns of the hazard log workbook and how a spec's decision block is shown in
 * them. The workbook writes cells with these functions and the import compares the cells it
 * reads with them, so only what the reviewer changed is written back.
 */
export type HazardDecisionField =
  | 'decision'
  | 'residualLikelihood'
  | 'residualConsequence'
  | 'controls'
  | 'rationale'
  | 'closure'
  | 'transferredTo'
  | 'approvedBy'
  | 'decidedBy'
  | 'decidedOn';

export const decisionLabels = {
  accepted: 'Accepted',
  mitigate: 'Mitigate',
  transferred: 'Transferred',
  closed: 'Closed',
} as const;

export const controlStatusLabels = {
  'in-place': 'in place',
  'required-before-go-live': 'required before go-live',
  planned: 'planned',
} as const;

export interface HazardDecisionColumn {
  field: HazardDecisionField;
  header: string;
  width: number;
  list?: readonly string[];
}

export const hazardDecisionColumns: readonly HazardDecisionColumn[] = [
  { field: 'decision', header: 'Decision', width: 14, list: Object.values(decisionLabels) },
  {
    field: 'residualLikelihood',
    header: 'Residual likelihood',
    width: 13,
    list: likelihoodLevels.map((l) => l.label),
  },
  {
    field: 'residualConsequence',
    header: 'Residual consequence',
    width: 14,
    list: consequenceLevels.map((c) => c.label),
  },
  { field: 'controls', header: 'Controls', width: 48 },
  { field: 'rationale', header: 'Rationale', width: 40 },
  { field: 'closure', header: 'Closure reason', width: 28 },
  { field: 'transferredTo', header: 'Transferred to', width: 18 },
  { field: 'approvedBy', header: 'Approved by (residual 4)', width: 18 },
  { field: 'decidedBy', header: 'Decided by', width: 18 },
  { field: 'decidedOn', header: 'Decided on', width: 12 },
];

/** The part of a spec's hazard entry the workbook shows and the import writes. */
export type DecisionFields = Pick<
  WrittenHazardDecision,
  | 'decision'
  | 'status'
  | 'residual'
  | 'controls'
  | 'rationale'
  | 'closure'
  | 'transferredTo'
  | 'approvedBy'
  | 'decidedBy'
  | 'decidedOn'
>;

/** One control a line: "Design: text | evidence: where | status: in place". */
export function controlLine(c: NonNullable<DecisionFields['controls']>[number]): string {
  return [
    `${controlKindLabels[c.kind]}: ${c.text}`,
    ...(c.evidence ? [`evidence: ${c.evidence}`] : []),
    ...(c.status ? [`status: ${controlStatusLabels[c.status]}`] : []),
  ].join(' | ');
}

/** The decision as written in the spec, or the status it implies when only a status is written. */
function decisionWord(b: DecisionFields): string {
  if (b.decision) return decisionLabels[b.decision];
  if (b.status === 'closed' || b.status === 'transferred') return decisionLabels[b.status];
  return '';
}

export function hazardDecisionCells(b: DecisionFields | undefined): Record<HazardDecisionField, string> {
  const label = <K extends string>(levels: readonly { key: K; label: string }[], key: K | undefined) =>
    key === undefined ? '' : (levels.find((l) => l.key === key)?.label ?? key);
  return {
    decision: b ? decisionWord(b) : '',
    residualLikelihood: label(likelihoodLevels, b?.residual?.likelihood),
    residualConsequence: label(consequenceLevels, b?.residual?.severity),
    controls: (b?.controls ?? []).map(controlLine).join('\n'),
    rationale: b?.rationale ?? '',
    closure: b?.closure ?? '',
    transferredTo: b?.transferredTo ?? '',
    approvedBy: b?.approvedBy ?? '',
    decidedBy: b?.decidedBy ?? '',
    decidedOn: b?.decidedOn ?? '',
  };
}
