import { indexed, isIdentifyingItem, secondaryUses } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/**
 * Data minimisation (UK GDPR Art. 5(1)(c)). For direct care the need for identifying data
 * follows from caring for the person, except for the non-health special categories (ethnicity,
 * religion, sexuality, genetic, biometric), which always need a reason. For planning, research
 * and commissioning every identifying item needs a stated reason.
 */
export default definePrivacyRule({
  id: 'privacy-items-not-justified',
  check(i) {
    const secondary = secondaryUses(i);
    const unjustified = indexed(i).filter(({ item }) => {
      if (item.needed && item.needed.trim() !== '') return false;
      if (item.class === 'special') return true;
      return secondary.length > 0 && isIdentifyingItem(item);
    });
    if (unjustified.length === 0) return undefined;
    const names = listWords(unjustified.map(({ item }) => item.name));
    const purpose =
      secondary.length > 0 ? listWords(secondary) : (i.purpose?.replace(/-/g, ' ') ?? 'the purpose');
    return {
      pointer: `/data/items/${unjustified[0]!.index}`,
      detail: `${unjustified.length === 1 ? 'item' : 'items'} ${names} ${unjustified.length === 1 ? 'has' : 'have'} no stated need for ${purpose}`,
      source:
        `No need is stated for ${names} in a flow used for ${purpose}. ` +
        'Items that are not needed for the purpose breach data minimisation and widen the harm of any disclosure.',
      likelihood: 'possible',
      severity: 'significant',
      suggested: [
        'Remove items the purpose does not need; for secondary uses send pseudonymised or aggregated data.',
        'For each item kept, record why it is needed.',
      ],
    };
  },
});
