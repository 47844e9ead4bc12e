import { isIdentifiable, leavesOrganisation } from '../facts.js';
import { definePrivacyRule } from '../rule.js';

/**
 * Identifiable data crossing to another organisation must be encrypted in transit; over the
 * internet, channel TLS alone is not enough: the route needs mutual authentication, a VPN or
 * message-level encryption.
 */
const strongOverInternet = new Set(['mtls', 'vpn', 'message-level']);

export default definePrivacyRule({
  id: 'privacy-external-unprotected',
  check(i, { config }) {
    if (!isIdentifiable(i) || !leavesOrganisation(i, config)) return undefined;
    const { encryption, network } = i.transport;
    const t = i.target;
    const dest = t.orgName ? `${t.orgName}${t.org ? ` (${t.org})` : ''}` : (t.org ?? 'another organisation');
    let problem: string;
    let pointer: string;
    if (encryption === undefined || encryption === 'none') {
      problem = encryption === 'none' ? 'without encryption' : 'with no encryption recorded';
      pointer = encryption === undefined ? '/transport' : '/transport/encryption';
    } else if (network === 'internet' && !strongOverInternet.has(encryption)) {
      problem = `over the internet protected only by ${encryption === 'tls' ? 'TLS' : encryption}`;
      pointer = '/transport/network';
    } else {
      return undefined;
    }
    return {
      pointer,
      detail: `identifiable data leaves the organisation for ${dest} ${problem}`,
      source:
        `Identifiable data is sent to ${dest}, outside the organisation, ${problem}. ` +
        'Interception or misdelivery in transit would disclose confidential information about individuals.',
      likelihood: 'possible',
      severity: 'severe',
      suggested: [
        'Encrypt in transit: TLS 1.2 or later inside HSCN; mutual TLS, a VPN or message-level encryption over the internet.',
        'Use a national transport built for it (MESH, NHSmail) where one fits.',
      ],
    };
  },
});
