import { isIdentifiable, secondaryUses } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/**
 * Implied consent covers sharing for an individual's care. Planning, research and commissioning
 * with confidential patient information need explicit consent, s.251 support, a legal
 * requirement or an overriding public interest (domain reference 2.6).
 */
export default definePrivacyRule({
  id: 'privacy-secondary-implied-consent',
  check(i) {
    const secondary = secondaryUses(i);
    if (secondary.length === 0 || !isIdentifiable(i)) return undefined;
    const basis = i.lawfulBasis?.confidentiality;
    if (basis !== undefined && basis !== 'implied-consent') return undefined;
    const uses = listWords(secondary);
    const resting =
      basis === 'implied-consent'
        ? 'rests on implied consent'
        : 'has no common-law confidentiality basis recorded';
    return {
      pointer:
        basis === undefined ? (i.lawfulBasis ? '/lawfulBasis' : '/purpose') : '/lawfulBasis/confidentiality',
      detail: `identifiable data is used for ${uses}, and the duty of confidence ${resting}`,
      source:
        `Identifiable patient data is used for ${uses}, and the common-law duty of confidentiality ${resting}. ` +
        'Patients do not reasonably expect this use; disclosure without a valid basis breaches confidence.',
      likelihood: 'probable',
      severity: 'significant',
      suggested: [
        'Use pseudonymised or anonymised data for the secondary use.',
        'Otherwise obtain s.251 support (CAG) or explicit consent, and apply the national data opt-out where it applies.',
      ],
    };
  },
});
