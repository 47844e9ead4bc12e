import { crossesOrganisation, externalEnd, isIdentifiable, orgLabel, secondaryUses } from '../facts.js';
import { definePrivacyRule, listWords, riskHit } from '../rule.js';

/**
 * UK GDPR Articles 13 and 14: individuals must be told who their data is shared with and why.
 * NHS England's GP Connect DPIA records "patients are unaware that their data may be shared" as
 * its first risk; the spec shows the sharing, and whether the privacy notice covers it.
 */
export default definePrivacyRule({
  id: 'privacy-not-informed',
  check(i, { config }) {
    if (!isIdentifiable(i)) return undefined;
    const t = i.transparency;
    const end = externalEnd(i, config);
    const secondary = secondaryUses(i);
    const with_ = end ? `with ${orgLabel(i[end])}` : `for ${listWords(secondary)}`;
    let problem: string;
    let pointer: string;
    if (t?.coversFlow === false) {
      problem = `the privacy notice does not yet describe this sharing ${with_}`;
      pointer = '/transparency/coversFlow';
    } else if (t?.means && t.means.length > 0 && t.means.every((m) => m === 'none')) {
      problem = `individuals are not told about this sharing ${with_}`;
      pointer = '/transparency/means';
    } else if (!t && (crossesOrganisation(i, config) || secondary.length > 0)) {
      problem = `no privacy notice is recorded for this sharing ${with_}`;
      pointer = end ? `/${end}` : '/purpose';
    } else {
      return undefined;
    }
    return riskHit({
      pointer,
      problem,
      impact:
        'Patients who do not know their data is shared cannot exercise their rights or object, and the sharing may fall outside what they reasonably expect.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Name this sharing in the privacy notice: who receives the data, why, the lawful basis and how to object.',
        'Tell patients at the point of care, in leaflets or the app where a notice alone will not reach them.',
      ],
    });
  },
});
