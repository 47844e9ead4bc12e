import { recordsCodes } from '../codes.js';
import { defineRetentionRule } from '../rule.js';

/**
 * Audit logs are records too: when a spec declares what is audit-logged, it also declares how long
 * the log is kept and how it is purged. A spec with no audit block at all is a monitoring gap
 * (DSPT C1.a) and shows as 'not declared' in the schedule, without a diagnostic of its own here.
 */
export default defineRetentionRule({
  id: 'retention-audit-undeclared',
  description: 'A declared audit log has a retention period and a purge mechanism.',
  status: 'undeclared',
  check(s) {
    const audit = s.integration.audit;
    const code = recordsCodes['retention-audit-undeclared'];
    if (!audit) return [];
    const missing: string[] = [];
    if (audit.retention === undefined) missing.push('audit.retention');
    if (audit.purge === undefined) missing.push('audit.purge');
    if (missing.length === 0) return [];
    return [
      {
        copy: 'audit-log',
        diagnostic: code.at(s.at('/audit'), missing.join(' and ')),
        summary: `${missing.join(' and ')} not declared`,
      },
    ];
  },
});
