import { recordsCodes } from '../codes.js';
import { parsePeriod } from '../period.js';
import { defineRetentionRule } from '../rule.js';

/**
 * Identifiable message content kept forever, or with no period at all, is a privacy finding:
 * a second, unmanaged copy of clinical data that no retention schedule covers.
 */
export default defineRetentionRule({
  id: 'retention-message-log-unbounded',
  description: 'Identifiable message content is not kept forever or with no declared period.',
  status: 'unbounded',
  check(s) {
    if (!s.identifiable) return [];
    const r = s.integration.retention;
    const log = r?.messageLog;
    let how: string | undefined;
    let pointer = '/retention/messageLog';
    if (log === undefined && s.hasEngine) {
      how = 'kept by the engine with no declared period';
      pointer = r ? '/retention' : '/engine';
    } else if (log === 'forever') {
      how = 'kept forever (messageLog: forever)';
    } else if (log !== undefined && parsePeriod(log) && r?.messageLogPurge === 'none') {
      how = `declared as ${log} but never purged (messageLogPurge: none)`;
      pointer = '/retention/messageLogPurge';
    }
    if (!how) return [];
    const d = recordsCodes['retention-message-log-unbounded'].at(s.at(pointer), how);
    return [{ copy: 'message-log', diagnostic: d, summary: `identifiable content ${how}` }];
  },
});
