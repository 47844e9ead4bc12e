import { indexed, isIdentifiable, secondaryUses } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/**
 * Free text may hold anything a clinician typed (third-party information, safeguarding notes),
 * so it needs a stated need; in a secondary use it also defeats de-identification.
 */
export default definePrivacyRule({
  id: 'privacy-free-text',
  check(i) {
    const free = indexed(i).filter(
      ({ item }) => item.freeText && item.class !== 'operational' && item.class !== 'anonymised',
    );
    if (free.length === 0) return undefined;
    const secondary = secondaryUses(i);
    const flagged =
      secondary.length > 0 && isIdentifiable(i) ? free : free.filter(({ item }) => !item.needed);
    if (flagged.length === 0) return undefined;
    const names = listWords(flagged.map(({ item }) => item.name));
    const why =
      secondary.length > 0
        ? `free text (${names}) goes to a secondary use (${listWords(secondary)})`
        : `free text (${names}) is sent with no stated need`;
    return {
      pointer: `/data/items/${flagged[0]!.index}`,
      detail: why,
      source:
        `${why[0]!.toUpperCase()}${why.slice(1)}. Free text can contain information beyond what the purpose needs ` +
        '(about third parties, safeguarding, sensitive history) and cannot be reliably filtered or de-identified.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Send structured or coded items instead of free text.',
        'Where free text is needed, state the need, limit its length and tell recipients what it may contain.',
      ],
    };
  },
});
