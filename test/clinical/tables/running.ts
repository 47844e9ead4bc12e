import { DELETE } from '../helpers.js';
import type { Table } from './case.js';

const information = [{ name: 'Ward board', use: 'direct-care-information' }];

/** Behaviour in use: live displays, silence, downtime, alerts, test and live. */
export const running: Table = {
  'live-display-stale': [
    {
      name: 'lost connection not shown',
      change: { runtime: { display: { showsConnectionLost: false, showsDataAge: true } } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'showsConnectionLost: false',
        column: true,
      },
    },
    {
      name: 'subscription feeding a board, display not stated',
      change: { interaction: { shape: 'subscription' }, latency: { shownIn: ['ED board'] } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shownIn:' },
    },
    {
      name: 'data age not shown on an information board',
      change: {
        runtime: { display: { showsConnectionLost: true, showsDataAge: false } },
        consumers: information,
      },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    {
      name: 'both shown',
      change: { runtime: { display: { showsConnectionLost: true, showsDataAge: true } } },
    },
    { name: 'no live display', change: {} },
  ],
  'feed-silence-unnoticed': [
    {
      name: 'no silence alert',
      change: { runtime: { silenceAlert: DELETE } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'runtime:' },
    },
    {
      name: 'no silence alert, information only',
      change: { runtime: { silenceAlert: DELETE }, consumers: information },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    { name: 'silence alert in place', change: {} },
    {
      name: 'an on-demand query',
      change: { runtime: { silenceAlert: DELETE }, interaction: { shape: 'query' } },
    },
    {
      name: 'no monitoring at all (silent-failure applies)',
      change: { runtime: { silenceAlert: DELETE }, monitoring: DELETE },
    },
  ],
  'no-downtime-procedure': [
    {
      name: 'no procedure',
      change: { runtime: { downtime: DELETE } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'runtime:' },
    },
    {
      name: 'no catch-up after an outage',
      change: { runtime: { downtime: { backlog: 'not-handled' } } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'backlog: not-handled',
        column: true,
      },
    },
    {
      name: 'procedure not rehearsed',
      change: { runtime: { downtime: { tested: false } } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'tested: false' },
    },
    { name: 'rehearsed procedure and reconciliation', change: {} },
    { name: 'only proposed', change: { status: 'proposed', runtime: { downtime: DELETE } } },
  ],
  'alert-not-acknowledged': [
    {
      name: 'no acknowledgement',
      change: { runtime: { clinicalAlerts: { acknowledgement: 'not-required', escalatesAfter: 'PT15M' } } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'acknowledgement: not-required',
        column: true,
      },
    },
    {
      name: 'acknowledged, never escalated',
      change: { runtime: { clinicalAlerts: { acknowledgement: 'required' } } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'clinicalAlerts:' },
    },
    {
      name: 'acknowledged and escalated',
      change: { runtime: { clinicalAlerts: { acknowledgement: 'required', escalatesAfter: 'PT15M' } } },
    },
  ],
  'test-live-mixed': [
    {
      name: 'shared engine',
      change: { runtime: { environments: 'shared' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'environments: shared', column: true },
    },
    {
      name: 'test patients in live',
      change: { runtime: { environments: 'test-patients-in-live' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    {
      name: 'a write-back, separation not stated',
      change: { interaction: { shape: 'write-back' } },
      fires: { likelihood: 'very-low', severity: 'major', rating: 2 },
    },
    { name: 'separate', change: { runtime: { environments: 'separate' } } },
    { name: 'a feed, separation not stated', change: {} },
  ],
};
