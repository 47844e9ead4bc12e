import { isIdentifiable, leavesOrganisation, orgLabel } from '../facts.js';
import { definePrivacyRule } from '../rule.js';

/**
 * Identifiable data crossing to another organisation must be encrypted in transit. TLS over the
 * internet is the NHS norm (Internet First: services secured with standards-based approaches), so
 * an encrypted route over the internet is not a risk by itself; an unencrypted one always is.
 */
export default definePrivacyRule({
  id: 'privacy-external-unprotected',
  check(i, { config }) {
    if (!isIdentifiable(i) || !leavesOrganisation(i, config)) return undefined;
    const { encryption } = i.transport;
    if (encryption !== undefined && encryption !== 'none') return undefined;
    const dest = orgLabel(i.target);
    const problem = encryption === 'none' ? 'without encryption' : 'with no encryption recorded';
    return {
      pointer: encryption === undefined ? '/transport' : '/transport/encryption',
      detail: `identifiable data leaves the organisation for ${dest} ${problem}`,
      source:
        `Identifiable data is sent to ${dest}, outside the organisation, ${problem}. ` +
        'Interception or misdelivery in transit would disclose confidential information about individuals.',
      likelihood: 'possible',
      severity: 'severe',
      suggested: [
        'Encrypt in transit with TLS 1.2 or later (mutual TLS where the receiver must know the sender), over HSCN or the internet alike.',
        'Use a national transport built for it (MESH, NHSmail) where one fits.',
      ],
    };
  },
});
