import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** B3.a Understanding data: a record of processing showing what flows where, whose it is, why and how it is protected. */
export default defineOutcomeUnit({
  id: 'dspt-b3a-data-flows',
  outcome: 'B3.a',
  description: 'Data-flow register: data items, subjects, purpose and safeguards of every flow.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'The data-flow register: source and target, data subjects and items, purpose and transport safeguards for every flow.',
      cites: cite('privacy', 'estate', 'model'),
      scope: designed,
      missing: (i) => [
        ...(i.data.items.length > 0 ? [] : ['data items']),
        ...(i.data.subjects.length > 0 ? [] : ['data subjects']),
        ...(i.purpose ? [] : ['purpose']),
        ...(i.transport.encryption ? [] : ['encryption in transit']),
      ],
      emptyReason: 'the estate has no integrations',
    });
  },
});
