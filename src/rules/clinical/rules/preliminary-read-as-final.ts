import type { Likelihood } from '../../../model/written.js';
import { caresForPatients, feedsCareDecisions, ptr, unstated } from '../facts.js';
import { derived } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Preliminary (interim) results look the same as final ones at the receiver. */
export default defineHazardRule({
  id: 'preliminary-read-as-final',
  number: 43,
  title: 'A preliminary result is read as final',
  description:
    "Results are sent before they are final (preliminary or interim results, partial reports, results still to be authorised), and the receiver does not show each result's status, so a preliminary value looks the same as a final, authorised one.",
  effect: 'A clinician reads a preliminary value, or a partial report, as the final result.',
  hazard:
    'Treatment is decided on a result the laboratory has not yet confirmed, or that changes when it is finalised.',
  harm: 'Wrong or delayed treatment when the final result differs from the preliminary one (HL7 v2 OBX-11 and FHIR Observation.status carry the status; FHIR implementer safety checklist: status is a modifier element the receiver must not ignore).',
  suggestedControls: [
    {
      kind: 'design',
      text: "Show each result's status (preliminary, final, corrected) beside its value, and replace the preliminary result when the final one arrives; or send final, authorised results only.",
    },
    {
      kind: 'test',
      text: 'Send a preliminary result, then its final version with a different value, and check the receiver shows the status at each step and keeps only the final value as current.',
    },
    {
      kind: 'training',
      text: 'Tell users how a preliminary result is marked and that it can change.',
    },
  ],
  derive(i) {
    if (!caresForPatients(i) || !(i.content?.kinds ?? []).includes('results')) return undefined;
    const s = i.content?.resultStatus;
    if (s === 'shown' || s === 'final-only') return undefined;
    const causes: Cause[] =
      s === undefined
        ? [
            unstated(
              i,
              "whether preliminary results are sent and how the receiver shows a result's status",
              'content.resultStatus',
              ptr('content', 'kinds'),
              ptr('content'),
            ),
          ]
        : [
            {
              text: 'Results of every status are sent, and the receiver does not show which are preliminary and which are final.',
              pointer: ptr('content', 'resultStatus'),
            },
          ];
    const existingControls: string[] = [];
    if (i.content?.updates?.corrections === 'propagated')
      existingControls.push(
        'Corrections reach the receiver, so a later final result can replace the earlier one.',
      );
    const likelihood: Likelihood = s === undefined ? 'low' : 'medium';
    const decisions = feedsCareDecisions(i);
    return derived(causes, existingControls, {
      likelihood,
      because:
        likelihood === 'medium'
          ? 'laboratories routinely release preliminary results, and here nothing marks them'
          : 'many laboratories release preliminary results, and the spec does not show whether the receiver marks them',
      severity: decisions ? 'major' : 'considerable',
      harm: decisions
        ? 'treatment is decided on a value that changes when the result is finalised'
        : 'care is planned on a result that is not yet final',
      patients: 'many',
    });
  },
});
