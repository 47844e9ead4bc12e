import { aboutPatients, isIdentifiable, secondaryUses } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/**
 * The national data opt-out applies to confidential patient information used for research and
 * planning (domain reference 2.6). It does not arise where the patient gave explicit consent.
 */
export default definePrivacyRule({
  id: 'privacy-opt-out-not-addressed',
  check(i) {
    const secondary = secondaryUses(i);
    if (secondary.length === 0 || !isIdentifiable(i) || !aboutPatients(i)) return undefined;
    if (i.lawfulBasis?.confidentiality === 'explicit-consent') return undefined;
    const optOut = i.lawfulBasis?.optOut;
    let problem: string;
    let pointer = '/lawfulBasis/optOut';
    if (!optOut || optOut.applies === 'not-assessed') {
      problem = optOut ? 'was not assessed' : 'is not addressed';
      if (!optOut) pointer = i.lawfulBasis ? '/lawfulBasis' : '/purpose';
    } else if (optOut.applies === 'yes' && optOut.applied !== true) {
      problem = 'applies but opted-out patients are not recorded as removed';
      pointer = '/lawfulBasis/optOut/applies';
    } else if (optOut.applies === 'no' && !optOut.reason?.trim()) {
      problem = 'is recorded as not applying, with no reason';
      pointer = '/lawfulBasis/optOut/applies';
    } else {
      return undefined;
    }
    const uses = listWords(secondary);
    const yesNotApplied = optOut?.applies === 'yes';
    return {
      pointer,
      detail: `confidential patient information is used for ${uses}, and the national data opt-out ${problem}`,
      source:
        `Confidential patient information is used for ${uses}; the national data opt-out ${problem}. ` +
        'Patients who opted out would have their information used against their recorded choice.',
      likelihood: yesNotApplied ? 'probable' : 'possible',
      severity: 'significant',
      suggested: [
        'Assess whether the opt-out applies and record why.',
        'Where it applies, remove opted-out patients before the data leaves (check against the national service) and record that it is applied.',
      ],
    };
  },
});
