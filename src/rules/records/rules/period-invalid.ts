import { recordsCodes } from '../codes.js';
import { parsePeriod } from '../period.js';
import { defineRetentionRule } from '../rule.js';
import type { CopyKind, RetentionFinding } from '../rule.js';

const words = new Set(['forever', 'none']);

/** Every retention period in a spec parses, so it can be compared and shown. */
export default defineRetentionRule({
  id: 'retention-period-invalid',
  description: 'retention.localPeriod, retention.messageLog and audit.retention are ISO 8601 durations.',
  status: 'invalid',
  check(s) {
    const i = s.integration;
    const fields: Array<[CopyKind, string, string, string | undefined]> = [
      ['record', '/retention/localPeriod', 'retention.localPeriod', i.retention?.localPeriod],
      ['message-log', '/retention/messageLog', 'retention.messageLog', i.retention?.messageLog],
      ['audit-log', '/audit/retention', 'audit.retention', i.audit?.retention],
    ];
    const findings: RetentionFinding[] = [];
    for (const [copy, pointer, name, value] of fields) {
      if (value === undefined || parsePeriod(value)) continue;
      if (copy === 'message-log' && words.has(value)) continue;
      const d = recordsCodes['retention-period-invalid'].at(s.at(pointer), name, value);
      findings.push({ copy, diagnostic: d, summary: `${name} '${value}' is not a duration` });
    }
    return findings;
  },
});
