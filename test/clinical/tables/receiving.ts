import type { Table } from './case.js';

/** What the receiver does automatically, and what later changes mean. */
export const receiving: Table = {
  'action-not-seen': [
    {
      name: 'for action, not tracked',
      change: { content: { intent: 'for-action' }, receiver: { actionTracked: false } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'intent: for-action', column: true },
    },
    {
      name: 'for action, not tracked, filed automatically',
      change: { content: { intent: 'for-action' }, receiver: { actionTracked: false, filing: 'automatic' } },
      fires: { likelihood: 'high', severity: 'major', rating: 4 },
    },
    {
      name: 'results carried, tracking not stated',
      change: { content: { kinds: ['results'] } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'kinds:' },
    },
    { name: 'tracked', change: { content: { intent: 'for-action' }, receiver: { actionTracked: true } } },
    { name: 'for information', change: { content: { intent: 'for-information', kinds: ['results'] } } },
  ],
  'decision-support-bypassed': [
    {
      name: 'allergy checks on uncoded content',
      change: { receiver: { decisionSupport: ['allergy-checks'] }, content: { coded: false } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'decisionSupport:', column: true },
    },
    {
      name: 'interaction checks, unsupported codes kept as text',
      change: {
        receiver: { decisionSupport: ['interaction-checks'] },
        content: { unsupportedCode: 'degrade-to-text' },
      },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    {
      name: 'whether the content is coded not stated',
      change: { receiver: { decisionSupport: ['allergy-checks'] }, content: { coded: undefined } },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    {
      name: 'coded, unsupported codes rejected',
      change: { receiver: { decisionSupport: ['allergy-checks'] } },
    },
    { name: 'no checks', change: { receiver: { decisionSupport: ['none'] }, content: { coded: false } } },
  ],
  'auto-filed-unreviewed': [
    {
      name: 'filed automatically',
      change: { receiver: { filing: 'automatic' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'filing: automatic', column: true },
    },
    {
      name: 'filed automatically on an untraced NHS number',
      change: { receiver: { filing: 'automatic' }, identity: { nhsNumberVerified: false } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    { name: 'reviewed before filing', change: { receiver: { filing: 'reviewed' } } },
  ],
  'correction-not-propagated': [
    {
      name: 'corrections do not reach the copy',
      change: { content: { updates: { corrections: 'not-propagated' } } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'corrections: not-propagated',
        column: true,
      },
    },
    {
      name: 'deletions do not reach the copy',
      change: { content: { updates: { deletions: 'not-propagated' } } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3 },
    },
    {
      name: 'push feed, not stated',
      change: { interaction: { shape: 'push' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'corrections and deletions propagated',
      change: {
        interaction: { shape: 'push' },
        content: { updates: { corrections: 'propagated', deletions: 'propagated' } },
      },
    },
    { name: 'shape not stated', change: {} },
  ],
  'local-change-not-sent': [
    {
      name: 'changes not sent',
      change: { content: { changes: 'not-sent' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'changes: not-sent',
        column: true,
      },
    },
    {
      name: 'changes need a new request',
      change: { content: { changes: 'new-request' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'changes sent as updates', change: { content: { changes: 'update-sent' } } },
  ],
  'preliminary-read-as-final': [
    {
      name: 'every status sent, none shown',
      change: { content: { kinds: ['results'], resultStatus: 'not-shown' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'resultStatus: not-shown',
        column: true,
      },
    },
    {
      name: 'not stated: points at the kinds of content',
      change: { content: { kinds: ['observations', 'results'] } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'kinds:' },
    },
    {
      name: 'information only, not decisions',
      change: {
        content: { kinds: ['results'], resultStatus: 'not-shown' },
        consumers: [{ name: 'Outpatient clerks', use: 'direct-care-information' }],
      },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    { name: 'status shown', change: { content: { kinds: ['results'], resultStatus: 'shown' } } },
    { name: 'final results only', change: { content: { kinds: ['results'], resultStatus: 'final-only' } } },
    { name: 'no results carried', change: { content: { kinds: ['observations'] } } },
    {
      name: "not used in anyone's care",
      change: {
        content: { kinds: ['results'], resultStatus: 'not-shown' },
        purpose: 'planning',
        consumers: [{ name: 'BI warehouse', use: 'planning' }],
      },
    },
  ],
};
