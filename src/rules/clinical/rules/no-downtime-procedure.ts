import type { Likelihood } from '../../../model/written.js';
import { durationWords } from '../../../core/formats.js';
import { caresForPatients, ptr, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const inService = new Set(['build', 'live', 'retiring']);

/** No business-continuity procedure for when the integration is down, or no catch-up afterwards. */
export default defineHazardRule({
  id: 'no-downtime-procedure',
  number: 34,
  title: 'No business-continuity procedure for downtime, or no catch-up after it',
  description:
    'The integration supports care, and the spec shows no downtime procedure for staff to follow while it (or a system it depends on) is unavailable, or no way to catch up on what happened during the outage.',
  effect:
    'During an outage staff improvise; afterwards, paper records and queued messages are not reconciled.',
  hazard: 'Information is missing or duplicated during and after the outage.',
  harm: 'Delayed or duplicated care, results or orders lost during downtime (HSSIB: risks from loss of functionality of EPR systems).',
  suggestedControls: [
    {
      kind: 'business-process',
      text: 'Write and rehearse a downtime procedure (what staff do, who tells them, how results and orders reach them).',
    },
    {
      kind: 'business-process',
      text: 'Reconcile what happened during the outage once the integration is back, including queued messages.',
    },
    { kind: 'training', text: 'Train staff on the downtime procedure and where the paper forms are.' },
  ],
  derive(i) {
    if (!inService.has(i.status) || !caresForPatients(i)) return undefined;
    const d = i.runtime?.downtime;
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    if (!d?.procedure)
      causes.push(
        unstated(
          i,
          'the downtime or business-continuity procedure staff follow',
          'runtime.downtime.procedure',
          ptr('runtime', 'downtime'),
          ptr('runtime'),
          ptr('runbook'),
          ptr('sla'),
        ),
      );
    else if (d.tested === false)
      causes.push({
        text: 'The downtime procedure has not been rehearsed.',
        pointer: ptr('runtime', 'downtime', 'tested'),
      });
    if (d?.backlog === 'not-handled') {
      causes.push({
        text: 'What happened during an outage is not caught up afterwards.',
        pointer: ptr('runtime', 'downtime', 'backlog'),
      });
      likelihood = 'medium';
    }
    if (causes.length === 0) return undefined;
    const existingControls: string[] = [];
    if (d?.procedure) existingControls.push(`Downtime procedure: ${d.procedure}.`);
    if (d?.backlog === 'reconciled')
      existingControls.push('What happened during an outage is reconciled afterwards.');
    if (d?.backlog === 'replayed')
      existingControls.push('Queued messages are sent in order after an outage.');
    if (i.sla?.restore) existingControls.push(`Restore within ${durationWords(i.sla.restore)}.`);
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'outages happen several times a year and what happened during them is never caught up'
          : 'outages are occasional and staff usually cope, but nothing shown tells them how',
      severity: 'considerable',
      harm: 'care is delayed or duplicated while information is missing',
      patients: 'many',
    });
  },
});
