import { eventOf, mergeEvents, ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { rate } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Patient merges and unmerges (HL7 A40 family, FHIR replaced-by links) not applied in the target. */
export default defineHazardRule({
  id: 'merge-not-applied',
  number: 3,
  title: 'Patient merges and unmerges not applied',
  description:
    'When the source merges two records for the same patient (HL7 v2 ADT^A40 family, FHIR Patient.link replaced-by), the target does not apply the merge, so one person keeps two records in the target.',
  effect: 'Part of the history sits on a record the source has retired; new data may go to either record.',
  hazard:
    'Clinicians see an incomplete record: allergies, results or alerts recorded on the other record are not shown.',
  harm: 'Treatment decided on an incomplete record, for example a drug given despite a recorded allergy.',
  suggestedControls: [
    {
      kind: 'design',
      text: 'Apply merge and unmerge events (ADT^A40/A41/A42, FHIR replaced-by) in the target, or route them to a person who does.',
    },
    {
      kind: 'test',
      text: 'Test merge and unmerge with data on both records, including messages that arrive for the retired record afterwards.',
    },
    {
      kind: 'business-process',
      text: 'Agree who reconciles merges between the source and target and how quickly.',
    },
  ],
  derive(i) {
    const merges = i.identity?.merges;
    if (merges === 'handled' || merges === 'not-applicable') return undefined;
    const causes: Cause[] = [];
    if (merges === 'not-handled') {
      causes.push({
        text: 'The spec says merges are not applied in the target.',
        pointer: ptr('identity', 'merges'),
      });
    } else {
      const messages = i.protocol.messages ?? [];
      const mergeIdx = messages.findIndex((m) => mergeEvents.includes(eventOf(m) ?? ''));
      const adtIdx = messages.findIndex((m) => m.startsWith('ADT'));
      const patientIdx = (i.protocol.resources ?? []).indexOf('Patient');
      if (mergeIdx >= 0) {
        causes.push({
          text: `The feed carries ${messages[mergeIdx]} but the spec does not say merges are applied in the target.`,
          pointer: ptr('protocol', 'messages', mergeIdx),
        });
      } else if (adtIdx >= 0) {
        causes.push({
          text: `The feed carries patient administration events (${messages[adtIdx]}) and the spec does not say how merges in the source reach the target.`,
          pointer: ptr('protocol', 'messages', adtIdx),
        });
      } else if (patientIdx >= 0) {
        causes.push({
          text: 'The flow exchanges FHIR Patient resources and the spec does not say replaced-by links are followed.',
          pointer: ptr('protocol', 'resources', patientIdx),
        });
      }
    }
    if (causes.length === 0) return undefined;
    const explicit = merges === 'not-handled';
    return {
      causes,
      existingControls: i.identity?.logsMatchedIdentifier
        ? ['The identifier used for each match is logged, so split records can be traced.']
        : [],
      initial: rate({
        likelihood: explicit ? 'medium' : 'low',
        because: explicit
          ? 'merges happen every week in a patient administration system, the spec says none are applied, and the split record looks complete'
          : 'merges are carried or implied but whether they are applied is not stated',
        severity: 'major',
        harm: 'a split record hides allergies and alerts from the clinician',
        patients: 'one',
      }),
    };
  },
});
