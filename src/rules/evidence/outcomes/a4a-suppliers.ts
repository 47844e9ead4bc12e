import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** A4.a Supply chain: suppliers of both ends are named, and every processor has an agreement and a DSPT status. */
export default defineOutcomeUnit({
  id: 'dspt-a4a-suppliers',
  outcome: 'A4.a',
  description: 'Supplier of each system, and an agreement and DSPT status for every processor.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Supplier of the source and target systems per flow; processors with their agreement and DSPT status.',
      cites: cite('estate', 'privacy', 'model'),
      scope: designed,
      missing: (i) => [
        ...(i.source.supplier ? [] : ['source supplier']),
        ...(i.target.supplier ? [] : ['target supplier']),
        ...i.processors.flatMap((p) => [
          ...(p.agreement ? [] : [`processing agreement with ${p.name}`]),
          ...(p.dspt ? [] : [`DSPT status of ${p.name}`]),
        ]),
      ],
      emptyReason: 'the estate has no integrations',
    });
  },
});
