import type { Likelihood } from '../../../model/written.js';
import { ptr, returnsResults, unstated } from '../facts.js';
import { rate } from '../rating.js';
import type { Cause } from '../rule.js';
import { defineHazardRule } from '../rule.js';

/** A search for an identifier that should be unique returns several patients. */
export default defineHazardRule({
  id: 'multiple-matches',
  number: 17,
  title: 'Several patients returned for an identifier that should be unique',
  description:
    'A search by NHS number or another identifier can return more than one patient, and the consumer takes the first or does not say what it does, so the wrong person can be selected.',
  effect: "The consumer shows or uses another patient's details and record.",
  hazard: 'Clinicians read or record information for the wrong patient.',
  harm: "Treatment given on another person's record (HL7 UK Core Access: patient search may return more than one patient even for an NHS number).",
  suggestedControls: [
    {
      kind: 'design',
      text: 'Never take the first of several matches: reject the response or ask the user to choose with enough details shown to tell patients apart.',
    },
    {
      kind: 'test',
      text: 'Test with identifiers that return two or more patients (duplicates, merges in progress).',
    },
    {
      kind: 'training',
      text: 'Train users to confirm identity with the patient when more than one match is shown.',
    },
  ],
  derive(i) {
    if (!returnsResults(i) || !i.data.subjects.some((s) => s !== 'staff' && s !== 'public')) return undefined;
    const m = i.response?.multipleMatches;
    if (m === 'user-chooses' || m === 'rejected' || m === 'not-possible') return undefined;
    const causes: Cause[] =
      m === 'first-taken'
        ? [
            {
              text: 'When several patients match, the first is taken.',
              pointer: ptr('response', 'multipleMatches'),
            },
          ]
        : [
            unstated(
              i,
              'what happens when a search for a unique identifier returns several patients',
              'response.multipleMatches',
              ptr('response'),
              ptr('identity', 'matchOn'),
              ptr('interaction', 'shape'),
            ),
          ];
    const likelihood: Likelihood = m === 'first-taken' ? 'medium' : 'low';
    return {
      causes,
      existingControls: i.identity?.nhsNumberVerified
        ? ['NHS numbers are traced against PDS before they are trusted.']
        : [],
      initial: rate({
        likelihood,
        because:
          likelihood === 'medium'
            ? 'duplicate and part-merged records exist in every large index, and taking the first picks the wrong one about half the time'
            : 'several matches are rare, and what the consumer then does is not stated',
        severity: 'major',
        harm: "acting on another person's record can cause death or permanent harm",
        patients: 'one',
      }),
    };
  },
});
