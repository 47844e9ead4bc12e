import type { Likelihood } from '../../../model/written.js';
import { ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Event subscriptions that drift out of step with the patients they should cover. */
export default defineHazardRule({
  id: 'subscription-gap',
  number: 41,
  title: 'Event notifications missed because subscriptions are out of date',
  description:
    'The receiver gets notifications only for the patients it has subscribed to (event management, publish-subscribe), and subscriptions are not kept in step as patients register, move or leave, so events for some patients never arrive.',
  effect:
    'A death, birth, admission or change of address is never notified to the organisation caring for the patient.',
  hazard: 'Staff act on a patient status that has changed.',
  harm: 'Appointments and letters sent to a patient who has died, or care not arranged after an admission or discharge.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Create and remove subscriptions automatically as patients register and leave, and reconcile them against the register.',
    },
    {
      kind: 'test',
      text: 'Test registration, transfer out and death for the subscriptions they should change.',
    },
  ],
  derive(i) {
    if (shapeOf(i) !== 'subscription') return undefined;
    const s = i.interaction?.subscriptions;
    if (s === 'maintained-automatically') return undefined;
    const likelihood: Likelihood = s === 'not-maintained' ? 'medium' : 'low';
    return {
      causes: [
        s === undefined
          ? unstated(
              i,
              'how subscriptions are kept in step with the patients they should cover',
              'interaction.subscriptions',
              ptr('interaction', 'shape'),
            )
          : {
              text:
                s === 'not-maintained'
                  ? 'Subscriptions are not kept in step with the patients they should cover.'
                  : 'Subscriptions are kept in step by hand.',
              pointer: ptr('interaction', 'subscriptions'),
            },
      ],
      existingControls: [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? 'patients register and leave every day, so the set of subscriptions is always partly wrong'
            : 'subscriptions may be right, but nothing shown keeps them so',
        severity: 'considerable',
        harm: 'care is not arranged, or distress is caused, after an event nobody was told about',
        patients: 'many',
      }),
    };
  },
});
