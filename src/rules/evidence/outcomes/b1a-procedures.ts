import { defineOutcomeUnit, inService, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/**
 * B1.a Policy, process and procedure: each integration in service has a runbook that reads as an
 * operating procedure (steps, not a list of paths) and a review cycle.
 */
export default defineOutcomeUnit({
  id: 'dspt-b1a-procedures',
  outcome: 'B1.a',
  description: 'A runbook written as steps and a governance review cycle for every integration in service.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Operating procedures (runbooks written as steps) and review cycles for each integration in service.',
      cites: cite('estate'),
      scope: inService,
      missing: (i) => [...(i.runbook ? [] : ['runbook']), ...(i.review ? [] : ['review cycle'])],
      documents: (i) => (i.runbook ? [{ path: i.runbook, kind: 'procedure', label: 'runbook' }] : []),
      emptyReason: 'no integration is in service (live or retiring)',
    });
  },
});
