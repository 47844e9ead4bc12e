import { carriesPersonalData, isUk } from '../facts.js';
import { definePrivacyRule, listWords } from '../rule.js';

/** UK GDPR Chapter V: a restricted transfer needs adequacy regulations or an appropriate safeguard. */
export default definePrivacyRule({
  id: 'privacy-transfer-outside-uk',
  check(i) {
    if (!carriesPersonalData(i)) return undefined;
    const unsafe = i.transfers
      .map((t, index) => ({ t, index }))
      .filter(({ t }) => !isUk(t.country) && (t.safeguard === undefined || t.safeguard === 'none'));
    if (unsafe.length === 0) return undefined;
    const countries = listWords(unsafe.map(({ t }) => t.country));
    return {
      pointer: `/transfers/${unsafe[0]!.index}`,
      detail: `personal data is transferred to ${countries} with no UK transfer mechanism recorded`,
      source:
        `Personal data is transferred to ${countries} with no adequacy regulations, IDTA or Addendum recorded. ` +
        'Individuals may lose UK GDPR protection and effective redress.',
      likelihood: 'possible',
      severity: 'severe',
      suggested: [
        'Keep processing and storage in the UK where possible.',
        'Otherwise rely on UK adequacy regulations or sign the IDTA / Addendum after a transfer risk assessment, and record it.',
      ],
    };
  },
});
