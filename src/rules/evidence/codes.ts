import { defineCodes } from '../../core/codes.js';

/** Diagnostic codes of this area. Each needs a docs page at docs/codes/<code>.md. */
export const evidenceCodes = defineCodes({
  'evidence-bundle-unreadable': {
    severity: 'error',
    title: 'Evidence bundle is not a readable zip',
    message: (reason: string) =>
      `the bundle cannot be read: ${reason}. Ask for the bundle again; it was damaged or is not a govspec evidence bundle.`,
  },
  'evidence-entry-unsafe': {
    severity: 'error',
    title: 'Bundle entry could escape the folder it is extracted to',
    message: (path: string, reason: string) =>
      `entry ${path} was refused: ${reason}. govspec never writes such entries, so the bundle was altered; do not extract it.`,
  },
  'evidence-entry-unreadable': {
    severity: 'error',
    title: 'Bundle entry cannot be read',
    message: (path: string, reason: string) =>
      `entry ${path} cannot be read: ${reason}. The bundle was damaged or altered.`,
  },
  'evidence-manifest-invalid': {
    severity: 'error',
    title: 'Bundle manifest is missing or malformed',
    message: (reason: string) =>
      `manifest.json ${reason}, so nothing in the bundle can be checked. Rebuild the bundle with \`govspec evidence\`.`,
  },
  'evidence-file-changed': {
    severity: 'error',
    title: 'Bundle file differs from the manifest',
    message: (path: string, detail: string) =>
      `${path} has changed since the bundle was built (${detail}). Treat its content as untrusted and ask for the original bundle.`,
  },
  'evidence-file-missing': {
    severity: 'error',
    title: 'File listed in the manifest is not in the bundle',
    message: (path: string) =>
      `${path} is listed in manifest.json but is not in the bundle. Ask for the complete bundle.`,
  },
  'evidence-file-extra': {
    severity: 'error',
    title: 'Bundle holds a file the manifest does not list',
    message: (path: string) =>
      `${path} is in the bundle but not in manifest.json, so it was added after the bundle was built. Ignore it, or ask for the original.`,
  },
  'evidence-signature-missing': {
    severity: 'error',
    title: 'Bundle is not signed',
    message: () =>
      'a public key was given but the bundle has no signature.json. Ask for a bundle built with `govspec evidence --sign KEY`.',
  },
  'evidence-signature-invalid': {
    severity: 'error',
    title: 'Bundle signature does not verify',
    message: (reason: string) =>
      `the signature does not verify with the given key: ${reason}. The manifest was changed after signing, or it was signed with another key.`,
  },
  'evidence-signature-unchecked': {
    severity: 'info',
    title: 'Bundle is signed but no key was given',
    message: (keyId: string) =>
      `the bundle carries a signature (naming key ${keyId}) but it was not checked against the publisher's key, so it proves nothing about who made the pack. Pass --key with the publisher's public key to check it.`,
  },
  'evidence-signature-broken': {
    severity: 'error',
    title: 'Bundle signature does not match its own manifest',
    message: (reason: string) =>
      `the bundle's signature does not match its manifest (${reason}): the pack was changed after it was signed. Do not rely on it; ask the publisher for the pack again.`,
  },
  'evidence-key-invalid': {
    severity: 'error',
    title: 'Key is not a usable Ed25519 key',
    message: (path: string, reason: string) =>
      `${path} is not a usable Ed25519 key (${reason}). Give a PEM file, e.g. from \`openssl genpkey -algorithm ed25519\`.`,
  },
});
