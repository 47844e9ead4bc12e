import { recordsCodes } from '../codes.js';
import { defineRetentionRule } from '../rule.js';

/** Audit logs are records too: what is logged, for how long, and how it is purged are declared. */
export default defineRetentionRule({
  id: 'retention-audit-undeclared',
  description: 'The audit log declares a retention period and a purge mechanism.',
  status: 'undeclared',
  check(s) {
    const audit = s.integration.audit;
    const code = recordsCodes['retention-audit-undeclared'];
    if (!audit) {
      const d = code.at(s.at(''), 'audit (what is logged, how long, how it is purged)');
      return [{ copy: 'audit-log', diagnostic: d, summary: 'no audit block' }];
    }
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
