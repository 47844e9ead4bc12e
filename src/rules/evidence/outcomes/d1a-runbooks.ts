import { defineOutcomeUnit, inService, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/**
 * D1.a Response plan: every integration in service has a failure runbook that reads as a response
 * plan (the pack reads it: steps saying how a failure is seen, who is told and how service is
 * restored), an owner and a restore target.
 */
export default defineOutcomeUnit({
  id: 'dspt-d1a-runbooks',
  outcome: 'D1.a',
  description:
    'A runbook that reads as a response plan, an owner and a restore target for every integration in service.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Interface-failure runbooks that read as response plans (how a failure is seen, who is told, how service is restored), named owners and restore targets (SLA) for each integration in service.',
      cites: cite('estate'),
      scope: inService,
      missing: (i) => [
        ...(i.runbook ? [] : ['runbook']),
        ...(i.owner ? [] : ['owner']),
        ...(i.sla?.restore ? [] : ['restore target']),
      ],
      documents: (i) => (i.runbook ? [{ path: i.runbook, kind: 'response-plan', label: 'runbook' }] : []),
      emptyReason: 'no integration is in service (live or retiring)',
    });
  },
});
