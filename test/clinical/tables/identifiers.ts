import type { Table } from './case.js';

/** Identifiers later steps depend on, bulk migration, holding hops, recipients and subscriptions. */
export const identifiers: Table = {
  'dependent-identifier-lost': [
    {
      name: 'order number regenerated',
      change: {
        dependentIdentifiers: [
          {
            name: 'Order number',
            kind: 'order',
            carried: 'regenerated',
            usedBy: 'Matching results to orders',
          },
        ],
      },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'carried: regenerated',
        column: true,
      },
    },
    {
      name: 'whether carried not stated',
      change: { dependentIdentifiers: [{ name: 'Prescription id', kind: 'prescription' }] },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'name: Prescription id' },
    },
    {
      name: 'results feed, identifiers not stated',
      change: { interaction: { shape: 'push' }, content: { kinds: ['results'] } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'kinds:' },
    },
    {
      name: 'carried intact',
      change: { dependentIdentifiers: [{ name: 'Episode', kind: 'episode', carried: 'intact' }] },
    },
    { name: 'results, shape not stated', change: { content: { kinds: ['results'] } } },
  ],
  'migration-not-reconciled': [
    {
      name: 'no reconciliation',
      change: {
        interaction: {
          shape: 'migration',
          migration: { reconciliation: 'none', clinicallyValidated: true, cutover: 'freeze' },
        },
      },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'reconciliation: none',
        column: true,
      },
    },
    {
      name: 'totals only',
      change: {
        interaction: {
          shape: 'migration',
          migration: { reconciliation: 'counts', clinicallyValidated: true, cutover: 'freeze' },
        },
      },
      fires: { likelihood: 'low', severity: 'major', rating: 3 },
    },
    {
      name: 'not stated',
      change: { interaction: { shape: 'migration' } },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'shape: migration' },
    },
    {
      name: 'record-level, validated, frozen',
      change: {
        interaction: {
          shape: 'migration',
          migration: { reconciliation: 'record-level', clinicallyValidated: true, cutover: 'freeze' },
        },
      },
    },
  ],
  'undelivered-at-hop': [
    {
      name: 'uncollected messages expire unreported',
      change: {
        route: [{ name: 'MESH', kind: 'mesh', undelivered: 'expires-unreported', expiresAfter: 'P5D' }],
      },
      fires: {
        likelihood: 'medium',
        severity: 'major',
        rating: 3,
        line: 'undelivered: expires-unreported',
        column: true,
      },
    },
    {
      name: 'MESH, not stated',
      change: { route: [{ name: 'MESH', kind: 'mesh' }] },
      fires: { likelihood: 'low', severity: 'major', rating: 3, line: 'name: MESH' },
    },
    {
      name: 'reported to the sender',
      change: { route: [{ name: 'MESH', kind: 'mesh', undelivered: 'reported-to-sender' }] },
    },
    { name: 'a pass-through gateway', change: { route: [{ name: 'API gateway', kind: 'gateway' }] } },
  ],
  'wrong-recipient': [
    {
      name: 'GP from the local record',
      change: { interaction: { shape: 'document', recipient: 'local-record' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'recipient: local-record',
        column: true,
      },
    },
    {
      name: 'document, not stated',
      change: { interaction: { shape: 'document' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'shape: document' },
    },
    {
      name: 'registered GP from PDS',
      change: { interaction: { shape: 'document', recipient: 'registered-gp-from-pds' } },
    },
    { name: 'a push feed', change: {} },
  ],
  'subscription-gap': [
    {
      name: 'subscriptions not maintained',
      change: { interaction: { shape: 'subscription', subscriptions: 'not-maintained' } },
      fires: {
        likelihood: 'medium',
        severity: 'considerable',
        rating: 3,
        line: 'subscriptions: not-maintained',
        column: true,
      },
    },
    {
      name: 'not stated',
      change: { interaction: { shape: 'subscription' } },
      fires: { likelihood: 'low', severity: 'considerable', rating: 2, line: 'shape: subscription' },
    },
    {
      name: 'maintained automatically',
      change: { interaction: { shape: 'subscription', subscriptions: 'maintained-automatically' } },
    },
  ],
};
