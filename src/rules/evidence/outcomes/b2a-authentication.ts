import { defineOutcomeUnit, designed, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

const weak = new Set(['none', undefined]);

/** B2.a Identity verification, authentication and authorisation: each interface says how senders are authenticated. */
export default defineOutcomeUnit({
  id: 'dspt-b2a-authentication',
  outcome: 'B2.a',
  description: 'How each interface authenticates the sending system.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'The authentication method of every interface (mTLS, OAuth 2, NHS CIS2, MESH mailbox, network-only).',
      cites: cite('estate', 'privacy', 'model'),
      scope: designed,
      missing: (i) =>
        weak.has(i.transport.authentication)
          ? [`authentication (${i.transport.authentication ?? 'not declared'})`]
          : [],
      emptyReason: 'the estate has no integrations',
    });
  },
});
