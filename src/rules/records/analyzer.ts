import type { RetentionType } from '../../catalogue/retention-types.js';
import { defineAnalyzer } from '../analysis.js';
import type { ResolvedCatalogue } from './catalogue.js';
import { resolveCatalogue } from './catalogue.js';
import { retentionRules } from './rules/index.js';
import type { RetentionRow, RuledFinding } from './schedule.js';
import { scheduleRows } from './schedule.js';
import { retentionSubject } from './subject.js';

/** The retention schedule of the estate: every record copy every integration makes. */
export interface RetentionSchedule {
  /** Sorted by integration id, then record, message store, audit log. */
  rows: RetentionRow[];
  /** Every record type in force: the Code catalogue (in its order) then local types. */
  types: RetentionType[];
  catalogue: ResolvedCatalogue;
}

declare module '../analysis.js' {
  interface Analysis {
    retention: RetentionSchedule;
  }
}

export const retentionAnalyzer = defineAnalyzer({
  id: 'records-retention',
  run(ctx) {
    const catalogue = resolveCatalogue(ctx.estate.config, ctx.sources, (d) => ctx.report(d));
    const rows: RetentionRow[] = [];
    for (const integration of ctx.estate.integrations) {
      const subject = retentionSubject(integration, catalogue, ctx.sources);
      const findings: RuledFinding[] = [];
      for (const rule of retentionRules) {
        for (const f of rule.check(subject)) {
          ctx.report(f.diagnostic);
          findings.push({ ...f, status: rule.status });
        }
      }
      // The rows are the schedule's own (the workbook and the evidence pack): validate needs none.
      if (!ctx.diagnosticsOnly) rows.push(...scheduleRows(subject, findings));
    }
    ctx.analysis.retention = { rows, types: [...catalogue.types.values()], catalogue };
  },
});
