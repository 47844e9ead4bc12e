import { newWorkbook, workbookBytes, addTableSheet } from '../office/xlsx.js';
import type { TableColumn } from '../office/xlsx.js';
import type { CellStyle } from '../office/sml-styles.js';
import { rowStatuses } from '../../rules/records/rule.js';
import type { RowStatus } from '../../rules/records/rule.js';
import { statusLabels } from '../../rules/records/schedule.js';
import type { EmitContext } from '../types.js';
import { defineEmitter } from '../types.js';
import { catalogueCells, catalogueColumns, scheduleCells, scheduleColumns, scheduleIntro } from './table.js';

const scheduleWidths = [26, 16, 26, 28, 30, 28, 18, 20, 40, 34, 26];
const catalogueWidths = [22, 30, 40, 32, 44, 50, 18];

/**
 * The retention schedule as the workbook records managers file: the schedule, the record types in
 * force (with every unconfirmed fact marked), and a sheet saying where the periods come from.
 * Every cell is a text cell, so no spec text can become a formula.
 */
export const retentionXlsx = defineEmitter({
  id: 'records-retention-xlsx',
  description: 'Retention schedule (Excel): schedule, record types in force, and notes.',
  async emit(ctx: EmitContext) {
    const schedule = ctx.analysis.retention;
    if (!schedule) return [];
    const org = ctx.estate.config.organisation.name;
    const wb = newWorkbook({
      title: `Retention schedule: ${org}`,
      creator: 'govspec',
      date: ctx.build.timestamp,
    });
    const footer = `${org}: retention schedule, build ${ctx.build.date ?? 'date not recorded'}`;
    const statuses = schedule.rows.map((r) => r.status);
    addTableSheet(
      wb,
      'Retention schedule',
      columns(scheduleColumns, scheduleWidths),
      scheduleCells(schedule),
      {
        footer,
        style: (index, column) => (column === statusColumn ? statusStyles[statuses[index]!] : undefined),
      },
    );
    addTableSheet(
      wb,
      'Record types',
      columns(catalogueColumns, catalogueWidths),
      catalogueCells(schedule.types),
      { footer },
    );
    const counts = rowStatuses
      .map((s) => [statusLabels[s], schedule.rows.filter((r) => r.status === s).length] as const)
      .filter(([, n]) => n > 0);
    const notes: Array<[string, string]> = [
      ['Organisation', org],
      ['Build date', ctx.build.date ?? 'not recorded'],
      ['Input digest', ctx.build.inputs?.slice(0, 12) ?? 'not recorded'],
      ['Integrations', String(ctx.estate.integrations.length)],
      ['Record copies', String(schedule.rows.length)],
      ...counts.map(([label, n]): [string, string] => [`Status: ${label}`, String(n)]),
      ['Where the periods come from', scheduleIntro],
    ];
    addTableSheet(
      wb,
      'About',
      [
        { header: 'Item', width: 30 },
        { header: 'Value', width: 100 },
      ],
      notes,
      { footer },
    );
    return [{ path: 'records/retention-schedule.xlsx', content: workbookBytes(wb) }];
  },
});

const statusColumn = scheduleColumns.indexOf('Status') + 1;
const fills: Partial<Record<RowStatus, string>> = {
  shortfall: 'FFF4C7C3',
  'unknown-type': 'FFF4C7C3',
  undeclared: 'FFFCE8B2',
  unbounded: 'FFFCE8B2',
  meets: 'FFD9EAD3',
};

/** The status cell shaded, so shortfalls and blanks stand out on screen and in print. */
const statusStyles = Object.fromEntries(
  Object.entries(fills).map(([status, fill]) => [
    status,
    status === 'shortfall' ? { fill, font: { name: 'Arial', size: 10, bold: true } } : { fill },
  ]),
) as Partial<Record<RowStatus, CellStyle>>;

function columns(headers: readonly string[], widths: readonly number[]): TableColumn[] {
  return headers.map((header, i) => ({ header, width: widths[i] ?? 20 }));
}
