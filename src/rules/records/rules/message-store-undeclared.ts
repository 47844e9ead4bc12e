import { recordsCodes } from '../codes.js';
import { parsePeriod } from '../period.js';
import { defineRetentionRule } from '../rule.js';
import { engineName } from '../subject.js';

/**
 * The engine's message store is a copy of every message: it needs a declared period and a purge
 * mechanism like any other record. Identifiable content with no period is the unbounded rule's.
 */
export default defineRetentionRule({
  id: 'retention-message-store-undeclared',
  description: "The engine's message store declares a retention period and a purge mechanism.",
  status: 'undeclared',
  check(s) {
    const r = s.integration.retention;
    if (!s.hasEngine && r?.messageLog === undefined) return [];
    const missing: string[] = [];
    if (r?.messageLog === undefined && !s.identifiable) missing.push('retention.messageLog');
    const keeps = r?.messageLog === undefined ? !s.identifiable : parsePeriod(r.messageLog) !== undefined;
    if (keeps && r?.messageLogPurge === undefined) missing.push('retention.messageLogPurge');
    if (missing.length === 0) return [];
    const pointer = r?.messageLog !== undefined ? '/retention/messageLog' : r ? '/retention' : '/engine';
    const name = s.hasEngine ? engineName(s.integration) : 'point-to-point';
    const d = recordsCodes['retention-message-store-undeclared'].at(
      s.at(pointer),
      name,
      missing.join(' and '),
    );
    return [{ copy: 'message-log', diagnostic: d, summary: `${missing.join(' and ')} not declared` }];
  },
});
