import type { Estate, Integration } from '../../model/estate.js';
import { integrationFingerprint } from '../../model/fingerprint.js';
import type { Hazard, HazardLog } from '../../rules/clinical/types.js';
import type { EditableColumn } from '../office/decision-sheet.js';
import { addBuildSheet, addDecisionSheet, editable } from '../office/decision-sheet.js';
import { lazyRows } from '../office/sheet-layout.js';
import type { Workbook } from '../office/sml.js';
import type { SheetWriter } from '../office/sml-sheet.js';
import type { BuildInfo } from '../types.js';
import type { DecisionFields } from './decision-cells.js';
import { hazardDecisionCells, hazardDecisionColumns } from './decision-cells.js';
import { statusText } from './view.js';
import { colourRating } from './xlsx-style.js';

export const decisionsSheetName = 'Decisions';
export const decisionsKeyColumns = [
  'Hazard no.',
  'Hazard name',
  'Initial rating',
  'Status at build',
] as const;
export const hazardBuildFormat = 'govspec hazard decisions 1';

const columns: EditableColumn[] = [
  { header: decisionsKeyColumns[0], width: 26 },
  { header: decisionsKeyColumns[1], width: 26 },
  { header: decisionsKeyColumns[2], width: 9 },
  { header: decisionsKeyColumns[3], width: 12 },
  ...editable(hazardDecisionColumns),
];

/** The decision block a hazard's entry in its spec holds, when there is one. */
export function decisionBlock(i: Integration | undefined, h: Hazard): DecisionFields | undefined {
  const index = /^\/hazards\/(\d+)$/.exec(h.decisionPointer ?? '')?.[1];
  return index === undefined ? undefined : i?.hazards[Number(index)];
}

/**
 * One row per hazard: the number, name and initial rating (locked), then the decision columns
 * the CSO fills in, showing what the specs record today.
 */
export function addDecisionsSheet(wb: Workbook, estate: Estate, log: HazardLog, footer: string): SheetWriter {
  const byId = new Map(estate.integrations.map((i) => [i.id, i]));
  const rows = lazyRows(log.hazards, (h) => {
    const cells = hazardDecisionCells(decisionBlock(byId.get(h.integration), h));
    return [
      h.number,
      h.title,
      h.initial.rating,
      statusText(h),
      ...hazardDecisionColumns.map((c) => cells[c.field]),
    ];
  });
  return addDecisionSheet(wb, decisionsSheetName, columns, rows, {
    footer,
    style: (_, column, value) => (column === 3 ? colourRating(value) : undefined),
  });
}

/** The fingerprint: the build, every spec's digest, and where each hazard's decision is written. */
export function addHazardBuildSheet(
  wb: Workbook,
  estate: Estate,
  log: HazardLog,
  build: BuildInfo,
): SheetWriter {
  return addBuildSheet(wb, [
    ['format', hazardBuildFormat],
    ['govspec', build.govspecVersion],
    ['inputs', build.inputs ?? ''],
    ...estate.integrations.map((i) => ['spec', i.id, i.file, i.version, integrationFingerprint(i)]),
    ...log.hazards.map((h) => [
      'entry',
      h.number,
      h.integration,
      h.origin,
      h.origin === 'derived' ? (h.rule ?? '') : (h.id.split('/local/')[1] ?? ''),
      h.decisionPointer ?? '',
    ]),
  ]);
}
