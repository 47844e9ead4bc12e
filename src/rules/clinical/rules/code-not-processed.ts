import type { Consequence, Likelihood } from '../../../model/written.js';
import { caresForPatients, isCoded, ptr, unstated } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Coded data the receiver may not be able to process: degraded to text, dropped, or unstated. */
export default defineHazardRule({
  id: 'code-not-processed',
  number: 18,
  title: 'Receiver cannot process a code and degrades or drops it',
  description:
    'The content is coded (SNOMED CT, dm+d, LOINC...) and the receiver supports only some codes or subsets; a code it cannot process is kept as text or dropped, so the item loses its meaning for the receiver.',
  effect: 'An allergy, medicine or result arrives as text the system cannot act on, or not at all.',
  hazard: 'Users re-key the item by hand, or the system behaves as if it were not there.',
  harm: 'Wrong medication or clinical information entered manually in error, or an item missed (UK Core hazard FHIR009: receiving system degrades an unprocessable SNOMED CT code to text).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Keep every code the receiver cannot process visibly marked as not coded, with the original code and text, and never drop it.',
    },
    {
      kind: 'design',
      text: 'Agree the code systems and subsets both ends support, and check incoming codes against them.',
    },
    { kind: 'test', text: "Test with codes outside the receiver's subset, retired codes and local codes." },
    {
      kind: 'training',
      text: 'Train users to check items marked as not coded against the source before re-keying them.',
    },
  ],
  derive(i) {
    if (!isCoded(i) || !caresForPatients(i)) return undefined;
    const u = i.content?.unsupportedCode;
    if (u === 'reject') return undefined;
    const causes: Cause[] = [];
    let likelihood: Likelihood = 'low';
    let severity: Consequence = 'considerable';
    if (u === 'drop') {
      causes.push({
        text: 'A code the receiver cannot process is dropped.',
        pointer: ptr('content', 'unsupportedCode'),
      });
      likelihood = 'medium';
      severity = 'major';
    } else if (u === 'degrade-to-text') {
      causes.push({
        text: 'A code the receiver cannot process is kept only as text.',
        pointer: ptr('content', 'unsupportedCode'),
      });
      likelihood = 'medium';
    } else {
      causes.push(
        unstated(
          i,
          'what the receiver does with a code it cannot process',
          'content.unsupportedCode',
          ptr('content'),
          ptr('mapping'),
        ),
      );
    }
    const supports = i.content?.receiverSupports?.trim().replace(/[.;:,]+$/, '');
    return {
      causes,
      existingControls: supports ? [`The receiver supports: ${supports}.`] : [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? "senders use codes outside a receiver's subset every day, and the item then loses its meaning without anyone deciding so"
            : 'most codes will be supported, but what happens to the rest is not stated',
        severity,
        harm:
          severity === 'major'
            ? 'a dropped allergy or medicine can lead to death or permanent harm'
            : 'an item kept as text is re-keyed by hand and can be transcribed wrongly',
        patients: 'many',
      }),
    };
  },
});
