import { durationWords } from '../../../core/formats.js';
import { caresForPatients, feedsCareDecisions, isEventFeed, ptr, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** A feed that stops sending raises no error, and nothing watches for silence. */
export default defineHazardRule({
  id: 'feed-silence-unnoticed',
  number: 33,
  title: 'A feed that stops sending goes unnoticed (no silence alert)',
  description:
    'The integration is a feed of events or messages for care, and nothing alerts anyone when no message has arrived for longer than usual; a stopped feed raises no errors, so error monitoring alone does not see it.',
  effect: 'Events (admissions, results, notifications) stop arriving and nobody notices for hours or days.',
  hazard: 'Clinicians rely on a record that silently stopped updating.',
  harm: 'Missed or delayed treatment while the feed was silent.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Alert when no message has arrived for a set period (in and out of hours), or send and watch a heartbeat.',
    },
    {
      kind: 'test',
      text: 'Stop the sender in test and check the silence alert fires and reaches the owner.',
    },
  ],
  derive(i) {
    if (!isEventFeed(i) || !caresForPatients(i) || !i.monitoring) return undefined;
    if (i.runtime?.silenceAlert !== undefined) return undefined;
    const decisions = feedsCareDecisions(i);
    return {
      causes: [
        unstated(
          i,
          'an alert when no message has arrived for a set time (heartbeat or silence monitoring)',
          'runtime.silenceAlert',
          ptr('runtime'),
          ptr('monitoring'),
        ),
      ],
      existingControls: [
        `Monitoring: ${i.monitoring.view}.`,
        ...(i.sla?.restore ? [`Restore within ${durationWords(i.sla.restore)}.`] : []),
      ],
      initial: rate({
        likelihood: 'low',
        because:
          'monitoring is in place, so a silent stop may still be seen, but nothing shown watches for silence itself',
        severity: decisions ? 'major' : 'considerable',
        harm: decisions
          ? 'clinicians act on a record that stopped updating, and can miss a result or event that matters'
          : 'missing events delay care',
        patients: 'many',
      }),
    };
  },
});
