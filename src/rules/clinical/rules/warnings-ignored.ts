import type { Likelihood } from '../../../model/written.js';
import { ptr, returnsResults, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Warnings carried inside a successful response are not shown to the user. */
export default defineHazardRule({
  id: 'warnings-ignored',
  number: 16,
  title: 'Warnings inside a successful response not shown',
  description:
    'A successful response can carry warnings (FHIR OperationOutcome issues in a searchset, a note that some search criteria were not applied or that part of the record could not be returned), and the consumer does not show them.',
  effect: 'The user sees the results without the caveat the provider attached to them.',
  hazard: 'Clinicians rely on results the provider flagged as partial or approximate.',
  harm: 'Decisions taken on incomplete or misfiltered information (FHIR implementer safety checklist: display warnings; HL7 UK Core Access: operation outcomes within search requests).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Show warning and information issues from the response beside the results; check the provider applied every search criterion sent.',
    },
    { kind: 'test', text: 'Test with responses that carry warnings and with criteria the provider ignores.' },
    { kind: 'training', text: 'Tell users what a warning on a result list means and what to do.' },
  ],
  derive(i) {
    if (!returnsResults(i)) return undefined;
    const w = i.response?.warnings;
    if (w === 'shown') return undefined;
    const causes: Cause[] =
      w === undefined
        ? [
            unstated(
              i,
              'what happens to warnings inside a successful response',
              'response.warnings',
              ptr('response'),
              ptr('interaction', 'shape'),
            ),
          ]
        : [
            {
              text:
                w === 'ignored'
                  ? 'Warnings inside a successful response are ignored.'
                  : 'Warnings inside a successful response are only logged, not shown to the user.',
              pointer: ptr('response', 'warnings'),
            },
          ];
    const likelihood: Likelihood = w === 'ignored' ? 'medium' : 'low';
    return derived(causes, [], {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'providers attach warnings to partial answers routinely, and here nobody sees them'
          : 'warnings are uncommon, and whether anyone sees them is not shown',
      severity: 'considerable',
      harm: 'care is decided on a partial or misfiltered answer',
      patients: 'many',
    });
  },
});
