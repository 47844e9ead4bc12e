import { caresForPatients, isCoded, ptr, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Codes sent without the term the author chose. */
export default defineHazardRule({
  id: 'display-text-missing',
  number: 19,
  title: 'Codes sent without their display text',
  description:
    'Coded items are sent without the display text the author saw, so the receiver shows its own term for the code, or nothing when it does not know the code.',
  effect: 'The user sees a different term from the one recorded, a bare code, or a blank.',
  hazard: 'Clinicians misread what was recorded (a drug, an allergy, a diagnosis).',
  harm: 'Treatment based on a misread item (GP Connect guidance on populating CodeableConcept: keep the original term with the code).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send the original display text with every code, and show it when the receiver does not know the code.',
    },
    {
      kind: 'test',
      text: 'Test with local codes, retired codes and codes whose preferred term has changed.',
    },
  ],
  derive(i) {
    if (!isCoded(i) || !caresForPatients(i)) return undefined;
    const d = i.content?.displayText;
    if (d === true) return undefined;
    return {
      causes: [
        d === false
          ? { text: 'Codes are sent without their display text.', pointer: ptr('content', 'displayText') }
          : unstated(
              i,
              'whether codes are sent with their display text',
              'content.displayText',
              ptr('content'),
              ptr('mapping'),
            ),
      ],
      existingControls: [],
      initial: rate({
        likelihood: d === false ? 'medium' : 'low',
        because:
          d === false
            ? 'receivers lack some codes and preferred terms change, so a different or missing term will be shown for some items'
            : 'most systems send display text, but this is not shown',
        severity: 'considerable',
        harm: 'a misread drug, allergy or diagnosis leads to wrong or delayed treatment',
        patients: 'many',
      }),
    };
  },
});
