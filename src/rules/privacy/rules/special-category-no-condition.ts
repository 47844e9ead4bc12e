import { healthBySubject, specialItems } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/** Art. 9(1) forbids processing special category data unless an Art. 9(2) condition applies. */
export default definePrivacyRule({
  id: 'privacy-special-category-no-condition',
  check(i) {
    if (i.lawfulBasis?.article9) return undefined;
    const items = specialItems(i);
    const subjects = healthBySubject(i);
    if (items.length === 0 && subjects.length === 0) return undefined;
    const what =
      items.length > 0
        ? listWords(items.map(({ item }) => item.name))
        : `data about ${listWords(subjects)} patients`;
    return {
      pointer: i.lawfulBasis
        ? '/lawfulBasis'
        : items.length > 0
          ? `/data/items/${items[0]!.index}`
          : '/data/subjects',
      detail: `the flow carries special category data (${what})`,
      source:
        `Special category data (${what}) is processed with no UK GDPR Art. 9 condition recorded. ` +
        'Processing without a condition is unlawful, and individuals lose the safeguards the condition brings (for health care, the Art. 9(3) duty of professional secrecy).',
      likelihood: 'probable',
      severity: 'significant',
      suggested: [
        'Identify and record the Art. 9 condition with its DPA 2018 Schedule 1 condition (direct care: 9(2)(h), Sch.1 Pt.1 para 2).',
        'If no condition applies, stop sending the special category items.',
      ],
    };
  },
});
