import type { Likelihood } from '../../../model/written.js';
import { ptr } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** Received data filed into the patient's record with no person looking at it. */
export default defineHazardRule({
  id: 'auto-filed-unreviewed',
  number: 26,
  title: 'Received data filed into the record without review',
  description:
    "The receiver files what it receives straight into the patient's record, so anything wrong in it (wrong patient, wrong content, a duplicate) becomes part of the record and is acted on as the organisation's own.",
  effect: 'Incorrect or misfiled data appears in the record as if it had been checked.',
  hazard: "Clinicians and the system's own checks act on data nobody reviewed.",
  harm: "Treatment on wrong or another patient's data (GP Connect Update Record: automatic ingest into the GP record).",
  suggestedControls: [
    {
      kind: 'design',
      text: 'Hold received items for review before filing where the receiver cannot verify the patient and content, or mark auto-filed items with their source.',
    },
    { kind: 'business-process', text: 'Sample auto-filed items each week and report errors as incidents.' },
    { kind: 'test', text: 'Test auto-filing with mismatched demographics and duplicate items.' },
  ],
  derive(i) {
    if (i.receiver?.filing !== 'automatic') return undefined;
    const causes: Cause[] = [
      {
        text: 'Received data is filed into the record automatically, with no one reviewing it.',
        pointer: ptr('receiver', 'filing'),
      },
    ];
    let likelihood = 'low' as Likelihood;
    if (i.identity && i.identity.nhsNumberVerified !== true) {
      causes.push({
        text: 'The NHS number is not shown to be traced against PDS before filing.',
        pointer: ptr('identity'),
      });
      likelihood = 'medium';
    }
    return {
      causes,
      existingControls:
        i.identity?.onNoMatch === 'queue-for-review'
          ? ['Messages that match no patient are queued for a person.']
          : [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? 'without a verified identifier some items will be filed to the wrong record, and nobody looks before they are acted on'
            : 'most items are right, but the occasional wrong one is filed without anyone looking',
        severity: 'major',
        harm: "acting on wrong or another person's data can cause death or permanent harm",
        patients: 'one',
      }),
    };
  },
});
