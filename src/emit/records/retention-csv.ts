import { csvRow } from '../escape.js';
import type { EmitContext } from '../types.js';
import { defineEmitter } from '../types.js';
import { scheduleCells, scheduleColumns } from './table.js';

/**
 * The retention schedule as CSV for records managers' own tools. Every field goes through csvRow,
 * so spec text can never become a spreadsheet formula. A BOM lets Excel read it as UTF-8.
 */
export const retentionCsv = defineEmitter({
  id: 'records-retention-csv',
  description: 'Retention schedule (CSV, formula-safe): one row per record copy per integration.',
  emit(ctx: EmitContext) {
    const schedule = ctx.analysis.retention;
    if (!schedule) return [];
    const lines = [csvRow(scheduleColumns), ...scheduleCells(schedule).map(csvRow)];
    return [{ path: 'records/retention-schedule.csv', content: `\ufeff${lines.join('\r\n')}\r\n` }];
  },
});
