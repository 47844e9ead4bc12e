import { aboutPatients, crossesOrganisation, isIdentifiable } from '../facts.js';
import { definePrivacyRule, riskHit } from '../rule.js';

/**
 * Beyond the national data opt-out, patients may object (UK GDPR Art. 21) or dissent from record
 * sharing, and implied consent holds only while they have not objected. NHS England's GP Connect
 * DPIA records "the patient record-sharing dissent is overridden" as a risk.
 */
export default definePrivacyRule({
  id: 'privacy-objection-overridden',
  check(i, { config }) {
    if (!isIdentifiable(i) || !aboutPatients(i) || !crossesOrganisation(i, config)) return undefined;
    const o = i.objection;
    let problem: string;
    let pointer: string;
    let likelihood: 'remote' | 'probable';
    if (o?.honoured === 'no') {
      problem = 'an objection or dissent does not stop this sharing';
      pointer = '/objection/honoured';
      likelihood = 'probable';
    } else if (!o && i.lawfulBasis?.confidentiality === 'implied-consent') {
      problem =
        'the sharing rests on implied consent, which holds only while the patient has not objected, and how objections are honoured is not recorded';
      pointer = '/lawfulBasis/confidentiality';
      likelihood = 'remote';
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'A patient who said no would have their record shared against their wishes, breaching confidence and their right to object.',
      likelihood,
      severity: 'significant',
      suggested: [
        'Check the patient’s recorded dissent before each disclosure (for example the dissent recorded in the GP record) and stop the sharing when it is present.',
        'Where the law overrides an objection, name the statutory route and tell patients in the privacy notice.',
      ],
    });
  },
});
