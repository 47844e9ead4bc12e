import type { Likelihood } from '../../../model/written.js';
import { feedsCareDecisions, ptr, shapeOf, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

const reasons: Record<string, string> = {
  'sensitive-patient': 'patients flagged as sensitive',
  'sharing-rules': 'records the provider does not share under its sharing settings',
  consent: 'records of patients who have not consented or have dissented',
  'in-transit': 'records still in transit between organisations',
  'awaiting-filing': 'data received by the provider but not yet filed',
  'confidential-items': 'items the provider marks confidential',
  other: 'records withheld for another reason',
};

const silentWays: Record<string, string> = {
  'not-found': 'answered as if there were no record',
  empty: 'answered with an empty result',
  'not-signalled': 'not signalled to the receiver at all',
  'not-stated': 'signalled in a way the spec does not state',
};

/** Withheld records or items that the receiver cannot tell apart from "there is none". */
export default defineHazardRule({
  id: 'withheld-read-as-absent',
  number: 15,
  title: 'Withheld records read as "no record" or "none recorded"',
  description:
    'The provider may leave records or items out (sensitive patients, sharing rules, consent, records in transit, data awaiting filing, confidential items) and the receiver is not told in a way the user sees, so what is missing reads as absent.',
  effect:
    'A view shows "no allergies", "no medications" or "patient not found" when data exists but was withheld.',
  hazard: 'Clinicians treat withheld information as information that does not exist.',
  harm: 'A medicine prescribed despite an allergy or interaction, or care delayed because a record was thought not to exist (GP Connect warning codes; HL7 UK Core Access: incomplete patient search).',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Show a visible notice whenever the provider says items were withheld, in transit or awaiting filing (GP Connect warning codes), and never show "none recorded" without it.',
    },
    {
      kind: 'design',
      text: 'Word an empty or not-found answer as "nothing was returned", not "none recorded", where the provider can withhold.',
    },
    {
      kind: 'test',
      text: 'Test with sensitive, dissenting, in-transit and confidential-item test patients.',
    },
    {
      kind: 'training',
      text: 'Teach users that a record view can be incomplete and how to confirm with the patient or the provider.',
    },
  ],
  derive(i) {
    const causes: Cause[] = [];
    let likelihood = 'low' as Likelihood;
    i.withheld.forEach((w, index) => {
      const how = w.signalled ?? 'not-stated';
      if (how === 'notice' || how === 'error') return;
      causes.push({
        text: `${capital(reasons[w.reason] ?? w.reason)} are ${silentWays[how] ?? how}.`,
        pointer: ptr('withheld', index, w.signalled ? 'signalled' : 'reason'),
      });
      if (how !== 'not-stated') likelihood = 'medium';
    });
    const shape = shapeOf(i);
    if (
      i.withheld.length === 0 &&
      (shape === 'record-view' || shape === 'query') &&
      i.data.subjects.length > 0
    ) {
      causes.push(
        unstated(
          i,
          'whether the provider can withhold records or items, and how the receiver is told',
          'withheld',
          ptr('interaction', 'shape'),
        ),
      );
    }
    if (causes.length === 0) return undefined;
    const existingControls = i.withheld
      .filter((w) => w.signalled === 'notice' || w.signalled === 'error')
      .map(
        (w) => `${capital(reasons[w.reason] ?? w.reason)} are signalled to the receiver (${w.signalled}).`,
      );
    const decisions = feedsCareDecisions(i);
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'withholding happens every day for some patients and, as specified, the user cannot tell it from "none"'
          : 'withholding is possible but how it is shown is not stated',
      severity: decisions ? 'major' : 'considerable',
      harm: decisions
        ? 'an allergy or medicine thought not to exist can lead to death or permanent harm'
        : 'missing information delays or misdirects care',
      patients: 'many',
    });
  },
});

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
