import { consequenceLabel, likelihoodLabel } from '../../catalogue/dcb-levels.js';
import type { Hazard, HazardLog } from '../../rules/clinical/types.js';
import type { TableColumn } from '../office/xlsx.js';
import { addTableSheet, lazyRows } from '../office/xlsx.js';
import type { Workbook } from '../office/sml.js';
import type { SheetWriter } from '../office/sml-sheet.js';
import { controlKindLabels, decisionText, statusText } from './view.js';
import { colourRating } from './xlsx-style.js';

/** The hazard log sheet: the columns of the published DCB hazard log templates, in their order. */
const columns: TableColumn[] = [
  { header: 'Hazard no.', width: 26 },
  { header: 'Hazard name', width: 20 },
  { header: 'Integration', width: 16 },
  { header: 'Description', width: 30 },
  { header: 'Causes', width: 32 },
  { header: 'Effect', width: 22 },
  { header: 'Hazard', width: 22 },
  { header: 'Harm', width: 22 },
  { header: 'Existing controls', width: 26 },
  { header: 'Initial likelihood', width: 10 },
  { header: 'Initial consequence', width: 12 },
  { header: 'Initial rating', width: 8 },
  { header: 'Initial rating reason', width: 30 },
  { header: 'Design controls', width: 26 },
  { header: 'Test controls', width: 22 },
  { header: 'Training controls', width: 18 },
  { header: 'Business process controls', width: 22 },
  { header: 'Residual likelihood', width: 10 },
  { header: 'Residual consequence', width: 12 },
  { header: 'Residual rating', width: 8 },
  { header: 'Status', width: 11 },
  { header: 'Decision and rationale', width: 30 },
  { header: 'Owner', width: 14 },
  { header: 'Raised', width: 11 },
  { header: 'Last reviewed', width: 11 },
  { header: 'Source', width: 20 },
];

export const hazardColumns = columns.map((c) => c.header);
const INITIAL_RATING = 12;
const RESIDUAL_RATING = 20;

export function addHazardSheet(wb: Workbook, log: HazardLog, footer: string): SheetWriter {
  // A3 landscape, every column on one page across, so a hazard's initial and residual risk print
  // side by side; the header row repeats on every page. OOXML paper size 8 is A3.
  return addTableSheet(wb, 'Hazard log', columns, lazyRows(log.hazards, row), {
    footer,
    paperSize: 8,
    style: (_, column, value) =>
      column === INITIAL_RATING || column === RESIDUAL_RATING ? colourRating(value) : undefined,
  });
}

function row(h: Hazard): unknown[] {
  const controls = (kind: Hazard['controls'][number]['kind']) =>
    lines(
      h.controls
        .filter((c) => c.kind === kind)
        .map((c) => (c.evidence ? `${c.text} (evidence: ${c.evidence})` : c.text)),
    );
  const decision = [
    decisionText(h),
    h.rationale ? `Rationale: ${h.rationale}` : '',
    h.closure ? `Closure: ${h.closure}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return [
    h.number,
    h.title,
    `${h.integrationTitle} (${h.integration})`,
    h.description,
    lines(h.causes),
    h.effect,
    h.hazard,
    h.harm,
    h.existingControls.length ? lines(h.existingControls) : 'None shown in the spec',
    likelihoodLabel(h.initial.likelihood),
    consequenceLabel(h.initial.severity),
    h.initial.rating,
    h.initial.reason,
    controls('design'),
    controls('test'),
    controls('training'),
    controls('business-process'),
    h.residual ? likelihoodLabel(h.residual.likelihood) : 'Not assessed',
    h.residual ? consequenceLabel(h.residual.severity) : 'Not assessed',
    h.residual ? h.residual.rating : '',
    statusText(h),
    decision,
    h.owner,
    h.raised ?? 'not recorded',
    h.lastReviewed ?? 'not recorded',
    `${h.source.file}:${h.source.line}${h.rule ? `\nRule ${h.rule}` : '\nLocal hazard'}`,
  ];
}

function lines(items: readonly string[]): string {
  return items.map((t) => `• ${t}`).join('\n');
}

/**
 * Controls each rule suggests, one per row, for hazards that are still open: kept off the log
 * sheet so that it carries only what the CSO has recorded.
 */
export function addSuggestionsSheet(wb: Workbook, log: HazardLog, footer: string): SheetWriter {
  const rows = log.hazards
    .filter((h) => h.status === 'open')
    .flatMap((h) => h.suggestedControls.map((c) => [h.number, h.title, controlKindLabels[c.kind], c.text]));
  return addTableSheet(
    wb,
    'Suggested controls',
    [
      { header: 'Hazard no.', width: 30 },
      { header: 'Hazard name', width: 36 },
      { header: 'Control type', width: 16 },
      { header: 'Suggested control', width: 90 },
    ],
    rows,
    { footer },
  );
}
