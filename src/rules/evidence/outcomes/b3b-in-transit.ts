import { defineOutcomeUnit, designed, identifiable, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** B3.b Data in transit: every flow carrying identifiable data is encrypted in transit. */
export default defineOutcomeUnit({
  id: 'dspt-b3b-in-transit',
  outcome: 'B3.b',
  description: 'Encryption in transit for every flow carrying identifiable data.',
  assess(input) {
    return perIntegration(input, {
      basis: 'Encryption in transit declared for every flow that carries identifiable data.',
      cites: cite('privacy', 'model'),
      scope: (i) => designed(i) && identifiable(i),
      missing: (i) => {
        const e = i.transport.encryption;
        return e && e !== 'none' ? [] : [`encryption in transit (${e ?? 'not declared'})`];
      },
      emptyReason: 'no flow carries identifiable data',
    });
  },
});
