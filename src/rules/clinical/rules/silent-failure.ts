import { caresForPatients, ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';
import { durationWords } from '../../../core/formats.js';
import { derived } from '../rating.js';

/** Nobody owns or watches the integration, so a failure can go unnoticed for weeks. */
export default defineHazardRule({
  id: 'silent-failure',
  number: 5,
  title: 'Integration fails silently (no owner or no monitoring)',
  description:
    'The integration has no named owner or no monitoring view, so when it stops or starts rejecting messages nobody is told and nobody is responsible for restoring it.',
  effect: 'Data stops flowing, or flows partially, for days or weeks before anyone notices.',
  hazard: 'Clinicians rely on a record that is silently incomplete.',
  harm: 'Missed or delayed diagnosis and treatment (for example results never seen).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Add monitoring with an alert for no messages in an expected period and for error rates, routed to the owner.',
    },
    {
      kind: 'business-process',
      text: 'Name an owner accountable for the integration in production, with an SLA and a runbook.',
    },
    { kind: 'test', text: 'Test the alert by stopping the feed in a test environment.' },
    {
      kind: 'training',
      text: 'Train the support team on the runbook and on telling clinical users when the feed is down.',
    },
  ],
  derive(i) {
    const causes: Cause[] = [];
    if (!i.owner) causes.push({ text: 'No named owner is recorded.', pointer: ptr('owner') });
    if (!i.monitoring) causes.push({ text: 'No monitoring view is recorded.', pointer: ptr('monitoring') });
    if (causes.length === 0) return undefined;
    const both = causes.length === 2;
    const care = caresForPatients(i);
    const existingControls: string[] = [];
    if (i.sla)
      existingControls.push(
        `Supported ${i.sla.hours}${i.sla.restore ? `, restore within ${durationWords(i.sla.restore)}` : ''}.`,
      );
    if (i.runbook) existingControls.push(`Runbook: ${i.runbook}.`);
    if (i.owner) existingControls.push(`Owner: ${i.owner.name}.`);
    if (i.monitoring) existingControls.push(`Monitoring: ${i.monitoring.view}.`);
    return derived(causes, existingControls, {
      likelihood: both ? 'high' : 'medium',
      because: both
        ? 'with neither an owner nor monitoring a failure is very likely to go unnoticed while clinicians go on relying on the data'
        : 'one of owner and monitoring is missing, so a failure may be seen but not acted on, or not seen',
      severity: care ? 'major' : 'considerable',
      harm: care
        ? 'the data is used for direct care and can be missing for weeks'
        : 'the data is not used for direct care, but missing data still reaches patients indirectly',
      patients: 'many',
    });
  },
});
