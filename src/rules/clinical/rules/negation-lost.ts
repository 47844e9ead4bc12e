import type { Likelihood, Consequence } from '../../../model/written.js';
import { caresForPatients, carries, ptr, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** "No known allergies", "not taking", "not detected" lost or ambiguous. */
export default defineHazardRule({
  id: 'negation-lost',
  number: 23,
  title: 'Negative statements lost or ambiguous ("no known allergies")',
  description:
    'Negative statements (no known allergies, medicine not taken, result not detected) are sent only as text or not at all, so the receiver cannot tell "known to be none" from "not recorded".',
  effect:
    '"No known allergies" arrives as nothing, or as text the receiver cannot distinguish from an allergy.',
  hazard:
    'Clinicians assume allergies or conditions were checked when they were not, or misread a negative as a positive.',
  harm: 'A medicine given to a patient whose allergy was never recorded, or withheld for one who has none (UK Core hazard FHIR006: ambiguity in negated allergy codes).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send negative statements as codes (for example SNOMED CT "no known allergy"), distinct from "no information".',
    },
    {
      kind: 'test',
      text: 'Test "no known allergies", "allergies not recorded" and a refuted allergy end to end.',
    },
  ],
  derive(i) {
    if (!caresForPatients(i) || !carries(i, 'allergies', 'medications', 'problems', 'results'))
      return undefined;
    const n = i.content?.negation;
    if (n === 'coded') return undefined;
    const likelihood: Likelihood = n === 'not-sent' ? 'medium' : 'low';
    const severity: Consequence = n === undefined ? 'considerable' : 'major';
    return {
      causes: [
        n === undefined
          ? unstated(
              i,
              'how negative statements such as "no known allergies" travel',
              'content.negation',
              ptr('content', 'kinds'),
            )
          : {
              text:
                n === 'not-sent'
                  ? 'Negative statements are not sent.'
                  : 'Negative statements travel only as text.',
              pointer: ptr('content', 'negation'),
            },
      ],
      existingControls: [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? '"no known allergies" is recorded for most patients and here the receiver never learns it'
            : 'negatives may be carried, but not in a form the receiver can act on reliably',
        severity,
        harm:
          severity === 'major'
            ? 'a drug given to a patient wrongly believed to have no allergy can cause death or permanent harm'
            : 'allergies or conditions are re-checked or missed, delaying or misdirecting care',
        patients: 'many',
      }),
    };
  },
});
