import type { LatencyContract } from '../../model/written.js';
import { lintCodes as codes } from './codes.js';
import { defineLintRule } from './define.js';

export const batchContracts: ReadonlySet<LatencyContract> = new Set([
  'hourly',
  'nightly',
  'weekly',
  'monthly',
]);

export const unsafeCreate = defineLintRule<[string]>({
  code: codes['identity-unsafe-create'],
  check(i, _ctx, report) {
    const id = i.identity;
    if (!id || id.onNoMatch !== 'create') return;
    if (id.matchOn.includes('demographics')) report('/identity/onNoMatch', 'demographics');
    else if (id.matchOn[0] === 'nhs-number' && id.nhsNumberVerified !== true) {
      report('/identity/onNoMatch', 'an NHS number that is not verified against PDS');
    }
  },
});

export const batchForRealtime = defineLintRule<[string, string, string]>({
  code: codes['latency-batch-for-realtime'],
  check(i, _ctx, report) {
    if (!i.latency || !batchContracts.has(i.latency.contract)) return;
    i.consumers.forEach((c, n) => {
      if (c.freshness === 'realtime' || c.freshness === 'near-realtime') {
        report(`/consumers/${n}/freshness`, c.name, c.freshness, i.latency!.contract);
      }
    });
  },
});
