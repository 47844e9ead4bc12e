import { dateWords } from '../../core/formats.js';
import type { Workbook } from '../office/sml.js';
import type { CellStyle } from '../office/sml-styles.js';
import { addTableSheet, newWorkbook, workbookBytes } from '../office/xlsx.js';
import { defineEmitter } from '../types.js';
import type { EstateRow, EstateView } from './estate-view.js';
import { estateView } from './estate-view.js';
import type { MapColumn } from './honest-map.js';
import { engineText, mapColumns, protocolText } from './honest-map.js';
import { priorityTitles } from './roadmap.js';
import { addRoutingSheets } from './routing-sheets.js';
import { routingSection } from './routing-view.js';

export const estateXlsxPath = 'estate/estate.xlsx';

/** Text in a blank cell; highlighted, and counted on the Blanks sheet. */
export const missingText = 'missing';

const blankFont = { name: 'Arial', size: 10, bold: true, color: 'FF9C1C1C' };
const blankStyle: CellStyle = { fill: 'FFFDE2E1', font: blankFont };
const overdueStyle: CellStyle = { font: blankFont };

const mapSheet = [
  { header: 'Id', width: 20 },
  { header: 'Title', width: 28 },
  { header: 'Status', width: 8 },
  { header: 'Owner', width: 16 },
  { header: 'Team', width: 16 },
  { header: 'SLA', width: 18 },
  { header: 'Runbook', width: 24 },
  { header: 'Monitoring view', width: 34 },
  { header: 'Protocol', width: 18 },
  { header: 'Protocol version', width: 8 },
  { header: 'Engine', width: 18 },
  { header: 'Latency contract', width: 12 },
  { header: 'Last reviewed', width: 11 },
  { header: 'Next review due', width: 11 },
  { header: 'Review overdue', width: 8 },
  { header: 'Direct care', width: 7 },
  { header: 'Blanks', width: 7 },
  { header: 'End of life', width: 12 },
];

/** Map-sheet column (1-based) of each counted seed column, for highlighting. */
const blankColumn: Record<MapColumn, number> = {
  owner: 4,
  sla: 6,
  runbook: 7,
  monitoring: 8,
  latency: 12,
  review: 13,
};

function mapValues(r: EstateRow): unknown[] {
  const i = r.integration;
  const v = (c: MapColumn) => (c === 'owner' ? i.owner?.name : r.values[c]) ?? missingText;
  return [
    i.id,
    i.title,
    i.status,
    v('owner'),
    i.owner ? (i.owner.team ?? '') : '',
    v('sla'),
    v('runbook'),
    v('monitoring'),
    protocolText(i),
    i.protocol.version ?? '',
    engineText(i),
    v('latency'),
    v('review'),
    r.reviewDue ?? '',
    r.reviewOverdue ? 'yes' : '',
    r.directCare ? 'yes' : 'no',
    r.blanks.length,
    r.endOfLife ? `${r.endOfLife.date}${r.endOfLife.proposed ? ' (proposed)' : ''}` : '',
  ];
}

/** generated/estate/estate.xlsx: the honest map as a workbook, blanks highlighted and counted. */
export const estateXlsx = defineEmitter({
  id: 'estate-xlsx',
  description: 'The estate map as an Excel workbook (map, blanks by field and team, engines, roadmap)',
  async emit(ctx) {
    const view = estateView(ctx.estate, ctx.asOf, ctx.build.commit);
    const wb = newWorkbook({
      title: `Integration estate: ${view.organisation}`,
      creator: 'govspec',
      date: ctx.build.timestamp,
    });
    addMapSheet(wb, view);
    addBlankSheets(wb, view);
    addTableSheet(
      wb,
      'Engines',
      [
        { header: 'Engine', width: 24 },
        { header: 'Channels', width: 10 },
        { header: 'Live', width: 8 },
        { header: 'Without an owner', width: 12 },
      ],
      view.engines.map((e) => [e.kind, e.channels, e.live, e.withoutOwner]),
    );
    addTableSheet(
      wb,
      'Roadmap',
      [
        { header: 'Rank', width: 6 },
        { header: 'Priority', width: 40 },
        { header: 'Integration', width: 26 },
        { header: 'Title', width: 34 },
        { header: 'Why', width: 24 },
        { header: 'Actions', width: 56 },
        { header: 'Owner', width: 22 },
      ],
      view.roadmap.map((item) => [
        item.rank,
        `Priority ${item.priority}: ${priorityTitles[item.priority]}`,
        item.row.integration.id,
        item.row.integration.title,
        item.reasons.join(', '),
        item.actions.join('\n'),
        item.row.integration.owner?.name ?? missingText,
      ]),
    );
    addRoutingSheets(wb, routingSection(ctx.estate));
    addAbout(wb, view);
    return [{ path: estateXlsxPath, content: workbookBytes(wb) }];
  },
});

function addMapSheet(wb: Workbook, view: EstateView): void {
  const blanks = view.rows.map((r) => new Set(r.blanks.map((c) => blankColumn[c])));
  // Eighteen columns: printed on A3 landscape (OOXML paper size 8), one page wide, so the text
  // stays readable.
  addTableSheet(wb, 'Estate map', mapSheet, view.rows.map(mapValues), {
    paperSize: 8,
    style: (index, column) =>
      blanks[index]!.has(column)
        ? blankStyle
        : column === 15 && view.rows[index]!.reviewOverdue
          ? overdueStyle
          : undefined,
  });
}

function addBlankSheets(wb: Workbook, view: EstateView): void {
  addTableSheet(
    wb,
    'Blanks by field',
    [
      { header: 'Field', width: 22 },
      { header: `Missing (of ${view.counted.length} in or entering production)`, width: 22 },
    ],
    view.columns.map((c) => [c.title, c.missing]),
  );
  addTableSheet(
    wb,
    'Blanks by team',
    [
      { header: 'Owner team', width: 28 },
      { header: 'Integrations', width: 12 },
      ...view.columns.map((c) => ({ header: c.title, width: 11 })),
      { header: 'Total blanks', width: 10 },
    ],
    view.teams.map((t) => [t.team, t.integrations, ...mapColumns.map((c) => t.blanks[c]), t.total]),
  );
}

function addAbout(wb: Workbook, view: EstateView): void {
  addTableSheet(
    wb,
    'About',
    [
      { header: 'Item', width: 28 },
      { header: 'Value', width: 70 },
    ],
    [
      ['Organisation', `${view.organisation} (${view.ods})`],
      ['As of', dateWords(view.asOf)],
      ['Specs last committed in', view.commit],
      ['Integrations', view.rows.length],
      ['In or entering production (blanks counted)', view.counted.length],
      ['Reviews overdue', view.overdue],
      ['Notice period for integrations nobody owns', view.noticePeriod],
      [
        'How to read it',
        `A blank is a field an integration in production must have and does not. Blank cells say "${missingText}" and are shaded. Proposed end-of-life dates are the as-of date plus the notice period, for integrations nobody owns. Generated by govspec from the integration specs; do not edit by hand.`,
      ],
    ],
  );
}
