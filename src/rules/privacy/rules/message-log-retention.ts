import { engineName } from '../../../catalogue/engines.js';
import { durationWords } from '../../../core/formats.js';
import { durationDays, isIdentifiable } from '../facts.js';
import { definePrivacyRule } from '../rule.js';

/**
 * An engine's message store is a second copy of everything the flow carries. It is needed to
 * resend and investigate for weeks, not years. The 90-day ceiling is a working figure, not a
 * published NHS one: the Records Management Code has no entry for integration message logs.
 */
export const messageLogCeilingDays = 90;

export default definePrivacyRule({
  id: 'privacy-message-log-retention',
  check(i) {
    if (!isIdentifiable(i)) return undefined;
    const r = i.retention;
    const hosted = i.engine.kind !== 'none';
    let problem: string;
    let pointer = '/retention/messageLog';
    if (r?.messageLog === undefined) {
      if (!hosted) return undefined;
      problem = `the ${engineName(i.engine.kind)} message store has no retention period recorded, so it may keep message content indefinitely`;
      pointer = r ? '/retention' : '/engine';
    } else if (r.messageLog === 'forever') {
      problem = 'the message log keeps message content forever';
    } else if (r.messageLog === 'none') {
      return undefined;
    } else if (r.messageLogPurge === 'none') {
      problem = `the message log has a period (${durationWords(r.messageLog)}) but nothing purges it`;
      pointer = '/retention/messageLogPurge';
    } else {
      const days = durationDays(r.messageLog);
      if (days === undefined || days <= messageLogCeilingDays) return undefined;
      problem = `the message log keeps message content for ${durationWords(r.messageLog)}, more than ${messageLogCeilingDays} days`;
    }
    return {
      pointer,
      detail: problem,
      source:
        `${problem[0]!.toUpperCase()}${problem.slice(1)}. The message store holds a full, searchable copy of identifiable data outside the ` +
        'record it belongs to, so a breach of the engine exposes far more than it needs to.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        `Keep message content only as long as it is needed to resend and investigate (${messageLogCeilingDays} days or less unless the IG team agrees longer), purged automatically.`,
        'Keep metadata (ids, times, outcome) longer than content where audit needs it.',
      ],
    };
  },
});
