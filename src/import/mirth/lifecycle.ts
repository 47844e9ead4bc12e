import type { ChannelFacts } from './channel.js';

export interface StatusDraft {
  status: 'live' | 'build' | 'retired';
  notes: string[];
}

/**
 * Enabled and the initial state are different facts: enabled means Mirth deploys the channel;
 * the initial state says whether it runs after a deploy (STARTED, PAUSED: source stopped,
 * STOPPED: nothing runs until someone starts it).
 */
export function statusOf(c: ChannelFacts): StatusDraft {
  const facts = `Mirth says: enabled = ${c.enabled ?? 'not recorded'}, initial state = ${c.initialState ?? 'not recorded'}.`;
  if (c.enabled === false) {
    return {
      status: 'retired',
      notes: [
        facts,
        'Disabled, so Mirth does not deploy it: drafted as retired. Use build if it is still being built.',
      ],
    };
  }
  const state = c.initialState ?? 'STARTED';
  if (state === 'STOPPED') {
    return {
      status: 'build',
      notes: [
        facts,
        'Deployed but stopped after every deploy, so it processes nothing until started by hand: drafted as build. Use live if it is in service.',
      ],
    };
  }
  const notes = [facts];
  if (c.enabled === undefined)
    notes.push(
      'The export does not say whether it is enabled: drafted as live because it starts when deployed.',
    );
  if (state === 'PAUSED') notes.push('Paused after deploy: its source accepts nothing until resumed.');
  return { status: 'live', notes };
}

export interface RetentionDraft {
  value?: Record<string, unknown>;
  notes: string[];
}

/** How long Mirth keeps message content, from storage mode and pruning settings. */
export function messageLogOf(c: ChannelFacts, dataPrunerEnabled: boolean | undefined): RetentionDraft {
  const s = c.storage;
  if (c.legacy) {
    if (s.storeMessages === false)
      return { value: { messageLog: 'none' }, notes: ['Mirth 2.x: store_messages is false.'] };
    if (s.maxMessageAgeDays !== undefined && s.maxMessageAgeDays > 0) {
      return {
        value: { messageLog: `P${s.maxMessageAgeDays}D`, messageLogPurge: 'automatic' },
        notes: [`Mirth 2.x: max_message_age = ${s.maxMessageAgeDays} days.`],
      };
    }
    if (s.maxMessageAgeDays === -1)
      return {
        value: { messageLog: 'forever', messageLogPurge: 'none' },
        notes: ['Mirth 2.x: max_message_age = -1 (kept forever).'],
      };
    return { notes: [] };
  }
  if (!s.mode && s.pruneContentDays === undefined && s.pruneMetaDataDays === undefined) return { notes: [] };
  const facts = `Mirth says: message storage ${s.mode ?? 'not recorded'}, remove content on completion ${s.removeContentOnCompletion ?? 'not recorded'}, prune content after ${s.pruneContentDays ?? '-'} days, metadata after ${s.pruneMetaDataDays ?? '-'} days.`;
  if (s.mode === 'DISABLED' || s.mode === 'METADATA' || s.removeContentOnCompletion === true) {
    return { value: { messageLog: 'none' }, notes: [facts, 'Message content is not kept after processing.'] };
  }
  const days = s.pruneContentDays ?? s.pruneMetaDataDays;
  if (days !== undefined && dataPrunerEnabled !== false) {
    const note =
      dataPrunerEnabled === undefined
        ? 'Pruning happens only if the server data pruner is enabled: check it is.'
        : 'The backup shows the data pruner enabled.';
    return { value: { messageLog: `P${days}D`, messageLogPurge: 'automatic' }, notes: [facts, note] };
  }
  const why =
    dataPrunerEnabled === false
      ? 'the backup shows the server data pruner disabled'
      : 'no pruning period is set';
  return {
    value: { messageLog: 'forever', messageLogPurge: 'none' },
    notes: [facts, `Content is kept until deleted by hand because ${why}.`],
  };
}
