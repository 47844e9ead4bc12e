import { dateWords } from '../../core/formats.js';
import { rowStatuses } from '../../rules/records/rule.js';
import { statusLabels } from '../../rules/records/schedule.js';
import { Trusted } from '../templates.js';
import type { EmitContext } from '../types.js';
import { defineEmitter } from '../types.js';
import { catalogueCells, catalogueColumns, scheduleCells, scheduleColumns, scheduleIntro } from './table.js';

export const retentionMarkdownPath = 'records/retention-schedule.md';

/** The retention schedule as Markdown: for IG review in pull requests and for the evidence pack. */
export const retentionMarkdown = defineEmitter({
  id: 'records-retention-markdown',
  description: 'Retention schedule (Markdown): every record copy each integration makes, against the Code.',
  emit(ctx: EmitContext) {
    const schedule = ctx.analysis.retention;
    if (!schedule) return [];
    const counts = rowStatuses
      .map((status) => ({
        status: statusLabels[status],
        count: schedule.rows.filter((r) => r.status === status).length,
      }))
      .filter((c) => c.count > 0);
    const view = {
      organisation: ctx.estate.config.organisation.name,
      date: ctx.build.date ? dateWords(ctx.build.date) : 'not recorded',
      intro: new Trusted(scheduleIntro),
      integrations: ctx.estate.integrations.length,
      counts,
      columns: scheduleColumns,
      rows: scheduleCells(schedule).map((cells) => ({ cells })),
      findings: schedule.rows
        .filter((r) => r.findings.length > 0)
        .map((r) => ({
          integration: r.integration,
          copy: r.copy,
          status: r.statusText,
          codes: new Trusted(r.findings.map((c) => `\`${c}\``).join(', ')),
          where: `${r.location.file}:${r.location.line}`,
        })),
      catalogueColumns,
      catalogue: catalogueCells(schedule.types).map((cells) => ({ cells })),
    };
    const text = ctx.templates.render('records/retention-schedule', view);
    return text === undefined ? [] : [{ path: retentionMarkdownPath, content: text }];
  },
});
