import { defineOutcomeUnit, inService, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** C1.a Monitoring coverage: every interface in service is audit-logged and watched. */
export default defineOutcomeUnit({
  id: 'dspt-c1a-monitoring',
  outcome: 'C1.a',
  description: 'Audit logging and a monitoring view for every integration in service.',
  assess(input) {
    return perIntegration(input, {
      basis:
        'Audit-logging coverage (message, access, error or admin logs) and a monitoring view for each integration in service.',
      cites: cite('estate', 'retention'),
      scope: inService,
      missing: (i) => [
        ...((i.audit?.logs.length ?? 0) > 0 ? [] : ['audit logging']),
        ...(i.monitoring ? [] : ['monitoring view']),
      ],
      emptyReason: 'no integration is in service (live or retiring)',
    });
  },
});
