import { transferMechanisms } from '../../../catalogue/transfers.js';
import { carriesPersonalData, isUk } from '../facts.js';
import { definePrivacyRule, listWords, riskHit } from '../rule.js';

/**
 * UK GDPR Chapter V as replaced by the Data (Use and Access) Act 2025 (in force 5 February
 * 2026): a transfer is lawful only when approved by regulations (Art. 45A), made subject to
 * appropriate safeguards where the exporter considers the data protection test met (Art. 46(1A)),
 * or made under a derogation (Art. 49).
 */
export default definePrivacyRule({
  id: 'privacy-transfer-outside-uk',
  check(i) {
    if (!carriesPersonalData(i)) return undefined;
    const abroad = i.transfers.map((t, index) => ({ t, index })).filter(({ t }) => !isUk(t.country));
    const noRoute = abroad.filter(({ t }) => !transferMechanisms[t.safeguard ?? 'none'].lawful);
    const untested = abroad.filter(
      ({ t }) => t.safeguard && transferMechanisms[t.safeguard].needsTest && t.dataProtectionTest !== true,
    );
    const flagged = noRoute.length > 0 ? noRoute : untested;
    if (flagged.length === 0) return undefined;
    const countries = listWords(flagged.map(({ t }) => t.country));
    const problem =
      noRoute.length > 0
        ? `personal data is transferred to ${countries} with no transfer route recorded (approved by regulations, appropriate safeguards or a derogation)`
        : `personal data is transferred to ${countries} under safeguards, with no record that the data protection test is met`;
    const first = flagged[0]!;
    return riskHit({
      pointer: noRoute.length > 0 ? `/transfers/${first.index}` : `/transfers/${first.index}/safeguard`,
      problem,
      impact: 'Individuals may lose the protection UK law gives them, and effective redress.',
      likelihood: 'possible',
      severity: 'severe',
      suggested: [
        'Keep processing and storage in the UK where possible.',
        'Otherwise rely on regulations approving the transfer, or on safeguards (the IDTA, the UK Addendum) after recording that the protection will not be materially lower than under UK law.',
      ],
    });
  },
});
