import { ptr } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Processing errors (HL7 AE/AR, FHIR OperationOutcome) that reach nobody. */
export default defineHazardRule({
  id: 'errors-not-surfaced',
  number: 12,
  title: 'Processing errors not surfaced',
  description:
    'When the target rejects or partly processes a message (HL7 AE/AR, an HTTP error, FHIR OperationOutcome warnings), the error is only logged, so nobody corrects and resends it.',
  effect: 'Rejected data never arrives, or arrives partly, with no one aware.',
  hazard: 'The record is incomplete and looks complete.',
  harm: 'Care decided without data the clinician reasonably believed would be there.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Send errors back to the sender and to an operator queue with an alert; show warnings from OperationOutcome.',
    },
    {
      kind: 'test',
      text: 'Test that each error type (AE, AR, HTTP 4xx/5xx, OperationOutcome warning) reaches a person.',
    },
    { kind: 'business-process', text: 'Work the error queue daily with an agreed turnaround.' },
  ],
  derive(i) {
    const to = i.errors?.surfacedTo;
    if (to !== undefined) {
      if (to.some((t) => t !== 'log-only')) return undefined;
      return {
        causes: [
          { text: 'Processing errors are only written to a log.', pointer: ptr('errors', 'surfacedTo') },
        ],
        existingControls: [],
        initial: rate({
          likelihood: 'medium',
          because:
            'every interface rejects some messages, nobody is told here, and the clinician cannot tell the data is missing',
          severity: 'considerable',
          harm: 'care is delayed or decided without the missing data',
          patients: 'one',
        }),
      };
    }
    if (i.transport.acknowledgement === 'application') return undefined;
    return {
      causes: [
        {
          text: 'The spec does not say where processing errors go, and the receiver does not send application acknowledgements.',
          pointer: ptr('transport'),
        },
      ],
      existingControls: [],
      initial: rate({
        likelihood: 'low',
        because: 'errors may well be handled, but neither the spec nor the protocol shows it',
        severity: 'considerable',
        harm: 'care is delayed or decided without the missing data',
        patients: 'one',
      }),
    };
  },
});
