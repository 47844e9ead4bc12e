import type { Table } from './case.js';

const planning = [{ name: 'BI warehouse', use: 'planning' }];

/** What comes back from a query or record view. */
export const completeness: Table = {
  'results-incomplete': [
    {
      name: 'first page only',
      change: { interaction: { shape: 'query' }, response: { paging: 'first-page-only' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'paging: first-page-only',
        column: true,
      },
    },
    {
      name: 'record view, paging not stated',
      change: { interaction: { shape: 'record-view' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: record-view', column: true },
    },
    {
      name: 'every page fetched but a silent cap',
      change: {
        interaction: { shape: 'query' },
        response: { paging: 'all-pages-fetched', cap: { limit: 50, whenReached: 'silent' } },
      },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'whenReached: silent' },
    },
    {
      name: 'not used for care decisions',
      change: { interaction: { shape: 'query' }, consumers: planning },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'every page fetched',
      change: { interaction: { shape: 'query' }, response: { paging: 'all-pages-fetched' } },
    },
    {
      name: 'limit signalled, one response',
      change: {
        interaction: { shape: 'query' },
        response: { paging: 'none', cap: { limit: 50, whenReached: 'signalled' } },
      },
    },
    {
      name: 'an on-demand FHIR request with no shape stated is a query',
      change: {
        latency: { contract: 'on-demand' },
        protocol: { standard: 'fhir', version: 'R4', messages: undefined, resources: ['Patient'] },
        source: { version: 'R4' },
        target: { version: 'R4' },
      },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    { name: 'a push feed returns nothing', change: {} },
  ],
  'withheld-read-as-absent': [
    {
      name: 'sensitive patients answered as not found',
      change: { withheld: [{ reason: 'sensitive-patient', signalled: 'not-found' }] },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'signalled: not-found',
        column: true,
      },
    },
    {
      name: 'how withheld items are signalled not stated',
      change: { withheld: [{ reason: 'consent' }] },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'reason: consent' },
    },
    {
      name: 'record view with nothing said about withholding',
      change: { interaction: { shape: 'record-view' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: record-view' },
    },
    {
      name: 'records in transit shown as a notice',
      change: { withheld: [{ reason: 'in-transit', signalled: 'notice' }] },
    },
    { name: 'a push feed', change: {} },
  ],
  'warnings-ignored': [
    {
      name: 'warnings ignored',
      change: { interaction: { shape: 'query' }, response: { warnings: 'ignored' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'warnings: ignored',
        column: true,
      },
    },
    {
      name: 'warnings only logged',
      change: { interaction: { shape: 'query' }, response: { warnings: 'logged' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2 },
    },
    {
      name: 'not stated',
      change: { interaction: { shape: 'query' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'shape: query' },
    },
    { name: 'warnings shown', change: { interaction: { shape: 'query' }, response: { warnings: 'shown' } } },
    { name: 'a push feed', change: {} },
  ],
  'multiple-matches': [
    {
      name: 'first match taken',
      change: { interaction: { shape: 'query' }, response: { multipleMatches: 'first-taken' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'multipleMatches: first-taken',
        column: true,
      },
    },
    {
      name: 'not stated: points at the identity line',
      change: { interaction: { shape: 'query' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'matchOn:' },
    },
    {
      name: 'the user chooses',
      change: { interaction: { shape: 'query' }, response: { multipleMatches: 'user-chooses' } },
    },
    {
      name: 'staff directory lookup',
      change: { interaction: { shape: 'query' }, data: { subjects: ['staff'] } },
    },
  ],
  'request-failure-read-as-empty': [
    {
      name: 'a failure shown as an empty result',
      change: { interaction: { shape: 'record-view' }, response: { onFailure: 'shown-as-empty' } },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'onFailure: shown-as-empty',
        column: true,
      },
    },
    {
      name: 'the process carries on without the answer',
      change: { interaction: { shape: 'query' }, response: { onFailure: 'continues-silently' } },
      fires: { likelihood: 'medium', severity: 'major', rating: 3, line: 'onFailure: continues-silently' },
    },
    {
      name: 'not stated: points at the shape',
      change: { interaction: { shape: 'query' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: query' },
    },
    {
      name: 'information only, not decisions',
      change: {
        interaction: { shape: 'query' },
        response: { onFailure: 'shown-as-empty' },
        consumers: [{ name: 'Ward clerks', use: 'direct-care-information' }],
      },
      fires: { likelihood: 'medium', severity: 'considerable', rating: 3 },
    },
    {
      name: 'the error is shown',
      change: { interaction: { shape: 'query' }, response: { onFailure: 'error-shown' } },
    },
    {
      name: "not used in anyone's care",
      change: {
        interaction: { shape: 'query' },
        response: { onFailure: 'shown-as-empty' },
        purpose: 'planning',
        consumers: planning,
      },
    },
    { name: 'a push feed returns nothing', change: {} },
  ],
};
