import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** A1.a Board direction: accountable people are named, for the organisation and for every integration. */
export default defineOutcomeUnit({
  id: 'dspt-a1a-ownership',
  outcome: 'A1.a',
  description: 'A named SIRO and CSO in config, and a named owner for every integration.',
  assess(input) {
    const org = input.estate.config.organisation;
    const organisation = [...(org.siro ? [] : ['SIRO']), ...(org.cso ? [] : ['Clinical Safety Officer'])];
    return perIntegration(input, {
      basis: 'Named SIRO and CSO for the organisation; a named owner for every integration.',
      cites: cite('estate'),
      scope: designed,
      missing: (i) => (i.owner ? [] : ['owner']),
      emptyReason: 'the estate has no integrations',
      organisation,
    });
  },
});
