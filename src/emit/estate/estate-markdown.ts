import { dateWords } from '../../core/formats.js';
import { Trusted } from '../templates.js';
import { defineEmitter } from '../types.js';
import { estateView } from './estate-view.js';
import { columnTitles, countsBlanks, engineText, mapColumns, mapRow, protocolText } from './honest-map.js';
import { roadmapGroups } from './roadmap.js';
import { routingSection } from './routing-view.js';

/** generated/estate.md: one row per integration, every blank shown and counted. */
export const estateMarkdown = defineEmitter({
  id: 'estate-markdown',
  description: 'The honest map of the estate (Markdown)',
  emit(ctx) {
    const rows = ctx.estate.integrations.map((i) => mapRow(i, ctx.asOf));
    const counted = rows.filter((r) => countsBlanks(r.integration));
    const missing = new Trusted('**missing**');
    const view = {
      organisation: ctx.estate.config.organisation.name,
      ods: ctx.estate.config.organisation.ods,
      asOf: dateWords(ctx.asOf),
      commit: ctx.build.commit ? ctx.build.commit.slice(0, 12) : 'not recorded',
      dirty: ctx.build.dirty,
      total: rows.length,
      counted: counted.length,
      byStatus: ['live', 'build', 'retiring', 'proposed', 'retired']
        .map((s) => ({ status: s, count: rows.filter((r) => r.integration.status === s).length }))
        .filter((s) => s.count > 0),
      columns: mapColumns.map((c) => ({
        title: columnTitles[c],
        missing: counted.filter((r) => r.blanks.includes(c)).length,
      })),
      withBlanks: counted.filter((r) => r.blanks.length > 0).length,
      overdue: rows.filter((r) => r.reviewOverdue).length,
      rows: rows.map((r) => ({
        id: r.integration.id,
        title: r.integration.title,
        status: r.integration.status,
        engine: engineText(r.integration),
        protocol: protocolText(r.integration),
        cells: mapColumns.map((c) => (r.values[c] === undefined ? missing : r.values[c])),
        overdue: r.reviewOverdue ? new Trusted(` **overdue** (due ${r.reviewDue})`) : '',
        blanks: r.blanks.length,
        file: r.integration.file,
      })),
      roadmap: roadmapGroups(estateView(ctx.estate, ctx.asOf, ctx.build.commit).roadmap),
      routing: routingSection(ctx.estate),
    };
    const text = ctx.templates.render('estate/estate', view);
    return text === undefined ? [] : [{ path: 'estate.md', content: text }];
  },
});
