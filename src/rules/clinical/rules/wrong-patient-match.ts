import type { Likelihood } from '../../../model/written.js';
import { durationWords } from '../../../core/formats.js';
import { moreLikely, ptr } from '../facts.js';
import type { Cause } from '../rule.js';
import { derived } from '../rating.js';
import { defineHazardRule } from '../rule.js';

/** Wrong patient: matching on demographics or on an NHS number that was never traced. */
export default defineHazardRule({
  id: 'wrong-patient-match',
  number: 1,
  title: 'Data filed against the wrong patient',
  description:
    'The receiving system matches incoming data to a patient record on demographics or on an NHS number that has not been verified against PDS, so data can be attached to a different person with similar details.',
  effect:
    "Results, admissions or documents appear in another patient's record, and are missing from the right one.",
  hazard: "Clinicians read and act on another person's information.",
  harm: "Treatment given on another person's data (for example their medication or allergy status), or care missed for the right patient.",
  suggestedControls: [
    {
      kind: 'design',
      text: 'Match on a PDS-verified NHS number only; send anything else to a human review queue instead of creating or guessing.',
    },
    {
      kind: 'design',
      text: 'Log the identifier used for every match so a mis-match can be traced and reversed.',
    },
    {
      kind: 'test',
      text: 'Test with near-duplicate patients (same date of birth, similar names, twins) and unverified NHS numbers.',
    },
    {
      kind: 'training',
      text: 'Train the team that works the unmatched queue on positive patient identification.',
    },
    {
      kind: 'business-process',
      text: 'Review the unmatched and merged-patient queues daily; report mis-filed data as a clinical incident.',
    },
  ],
  derive(i) {
    const id = i.identity;
    if (!id) return undefined;
    const causes: Cause[] = [];
    const demographics = id.matchOn.indexOf('demographics');
    const nhs = id.matchOn.indexOf('nhs-number');
    if (demographics >= 0) {
      causes.push({
        text:
          demographics === 0
            ? 'Patients are matched first on demographics (name, date of birth, postcode).'
            : 'Demographic matching (name, date of birth, postcode) is used when the identifiers before it do not match.',
        pointer: ptr('identity', 'matchOn', demographics),
      });
    }
    if (nhs >= 0 && id.nhsNumberVerified !== true) {
      causes.push({
        text:
          id.nhsNumberVerified === false
            ? 'The NHS number is trusted without being traced against PDS.'
            : 'The spec does not say the NHS number is traced against PDS before it is trusted.',
        pointer:
          id.nhsNumberVerified === false
            ? ptr('identity', 'nhsNumberVerified')
            : ptr('identity', 'matchOn', nhs),
      });
    }
    if (causes.length === 0) return undefined;
    if (id.onNoMatch === 'create') {
      causes.push({
        text: 'When nothing matches, a new patient record is created automatically.',
        pointer: ptr('identity', 'onNoMatch'),
      });
    }

    let likelihood: Likelihood = demographics === 0 ? 'high' : demographics > 0 ? 'medium' : 'low';
    let why =
      demographics === 0
        ? 'demographic details are shared by different people and matching on them is the first choice'
        : demographics > 0
          ? 'demographic matching is a fallback, used whenever the identifiers before it fail'
          : 'the NHS number is usually right, but an untraced number can belong to someone else';
    if (id.onNoMatch === 'create') {
      likelihood = moreLikely(likelihood);
      why += ', and unmatched messages create new records instead of being reviewed (one level higher)';
    }

    const existingControls: string[] = [];
    if (id.onNoMatch === 'queue-for-review')
      existingControls.push('Unmatched messages are queued for a person to review (identity.onNoMatch).');
    if (id.onNoMatch === 'reject')
      existingControls.push('Unmatched messages are rejected back to the sender (identity.onNoMatch).');
    if (id.nhsNumberVerified === true)
      existingControls.push('NHS numbers are traced against PDS before they are trusted.');
    if (id.logsMatchedIdentifier === true)
      existingControls.push('The identifier used for each match is logged (identity.logsMatchedIdentifier).');
    if (id.pdsReconciliation)
      existingControls.push(
        `Local demographics are reconciled with PDS every ${durationWords(id.pdsReconciliation.every)}.`,
      );
    return derived(causes, existingControls, {
      likelihood,
      because: why,
      severity: 'major',
      harm: "acting on another person's record can cause death or permanent harm (HSIB wrong-patient investigation)",
      patients: 'one',
    });
  },
});
