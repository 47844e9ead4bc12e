import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** A3.a Asset management: every integration is an asset with its systems, owner, data and retention. */
export default defineOutcomeUnit({
  id: 'dspt-a3a-assets',
  outcome: 'A3.a',
  description: 'Every integration recorded as an information asset with owner, data items and retention.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Each feed, API and file drop is listed with its source and target systems, owner, data items and retention.',
      cites: cite('estate', 'retention', 'model'),
      scope: designed,
      missing: (i) => [
        ...(i.owner ? [] : ['owner']),
        ...(i.data.items.length > 0 ? [] : ['data items']),
        ...(i.retention ? [] : ['retention']),
      ],
      emptyReason: 'the estate has no integrations',
    });
  },
});
