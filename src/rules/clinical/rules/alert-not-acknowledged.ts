import { durationWords } from '../../../core/formats.js';
import { ptr } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Clinical alerts nobody has to acknowledge, or that never escalate. */
export default defineHazardRule({
  id: 'alert-not-acknowledged',
  number: 35,
  title: 'Clinical alerts not acknowledged or escalated',
  description:
    'The integration raises alerts for clinical staff (a deteriorating patient, a critical result) and nobody has to acknowledge them, or an unacknowledged alert never escalates.',
  effect: 'An alert is shown once and disappears, or waits unseen.',
  hazard: 'A critical result or a deteriorating patient is not responded to in time.',
  harm: 'Death or permanent harm from a delayed response.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Require acknowledgement of each alert by a named person, and escalate it after a set time.',
    },
    { kind: 'test', text: 'Test an unacknowledged alert out of hours and check it escalates.' },
    { kind: 'business-process', text: 'Audit acknowledgement times monthly.' },
  ],
  derive(i) {
    const a = i.runtime?.clinicalAlerts;
    if (!a) return undefined;
    const causes: Cause[] = [];
    if (a.acknowledgement === 'not-required')
      causes.push({
        text: 'Nobody has to acknowledge the clinical alerts raised.',
        pointer: ptr('runtime', 'clinicalAlerts', 'acknowledgement'),
      });
    if (a.escalatesAfter === undefined)
      causes.push({
        text: 'An unacknowledged alert does not escalate.',
        pointer: ptr('runtime', 'clinicalAlerts'),
      });
    if (causes.length === 0) return undefined;
    return {
      causes,
      existingControls: [
        ...(a.acknowledgement === 'required' ? ['Each alert must be acknowledged.'] : []),
        ...(a.escalatesAfter
          ? [`Unacknowledged alerts escalate after ${durationWords(a.escalatesAfter)}.`]
          : []),
      ],
      initial: rate({
        likelihood: a.acknowledgement === 'not-required' ? 'medium' : 'low',
        because:
          a.acknowledgement === 'not-required'
            ? 'alerts shown to busy staff with nothing requiring a response are missed regularly'
            : 'alerts are acknowledged, but one that nobody acknowledges waits indefinitely',
        severity: 'major',
        harm: 'a delayed response to a critical result or deterioration can cause death or permanent harm',
        patients: 'one',
      }),
    };
  },
});
