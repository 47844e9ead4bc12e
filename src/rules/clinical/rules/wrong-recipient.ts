import type { Likelihood } from '../../../model/written.js';
import { ptr, shapeOf, unstated } from '../facts.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Documents or messages addressed from a locally held GP or provider. */
export default defineHazardRule({
  id: 'wrong-recipient',
  number: 40,
  title: 'Sent to the wrong organisation (out-of-date GP or provider)',
  description:
    "Documents or messages go to the organisation held in the sending system, or one a person picks, rather than the patient's current registered practice looked up when sent, so they reach the previous GP or the wrong provider.",
  effect: 'A discharge summary or result reaches an organisation no longer caring for the patient.',
  hazard: 'The organisation responsible never receives it; another organisation holds data it should not.',
  harm: 'Follow-up, medication changes or results not acted on.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Look up the registered GP practice on PDS at the time of sending, and warn when it differs from the local record.',
    },
    {
      kind: 'business-process',
      text: 'Handle documents returned as "patient not registered here" within a day.',
    },
    { kind: 'test', text: 'Test with patients who changed practice after admission.' },
  ],
  derive(i) {
    const r = i.interaction?.recipient;
    if (r === 'registered-gp-from-pds' || r === 'fixed') return undefined;
    if (r === undefined && shapeOf(i) !== 'document') return undefined;
    const cause =
      r === 'local-record'
        ? {
            text: "The receiving organisation is taken from the sending system's own record.",
            pointer: ptr('interaction', 'recipient'),
          }
        : r === 'user-selects'
          ? { text: 'A person picks the receiving organisation.', pointer: ptr('interaction', 'recipient') }
          : unstated(
              i,
              'how the receiving organisation is chosen for each patient',
              'interaction.recipient',
              ptr('interaction', 'shape'),
            );
    const likelihood: Likelihood = r === 'local-record' ? 'medium' : 'low';
    return {
      causes: [cause],
      existingControls: [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? "patients change practice every day and the sending system's copy lags behind"
            : 'most recipients will be right, but nothing shown checks them',
        severity: 'considerable',
        harm: 'follow-up and medication changes are delayed until the document is found',
        patients: 'one',
      }),
    };
  },
});
