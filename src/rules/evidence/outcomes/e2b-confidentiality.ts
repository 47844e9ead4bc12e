import { defineOutcomeUnit, designed, patientData, perIntegration } from '../outcome.js';
import { cite } from './citations.js';

/** E2.b Consent: every flow of patient data states its common-law confidentiality basis. */
export default defineOutcomeUnit({
  id: 'dspt-e2b-confidentiality',
  outcome: 'E2.b',
  description:
    'Common-law confidentiality basis (implied or explicit consent, s251, ...) for every flow of patient data.',
  assess(input) {
    return perIntegration(input, {
      basis: 'The common-law duty of confidentiality basis of every flow carrying identifiable patient data.',
      cites: cite('privacy', 'model'),
      scope: (i) => designed(i) && patientData(i),
      missing: (i) => (i.lawfulBasis?.confidentiality ? [] : ['confidentiality basis']),
      emptyReason: 'no flow carries identifiable patient data',
    });
  },
});
