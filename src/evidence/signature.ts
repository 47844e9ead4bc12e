import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { sha256 } from './manifest.js';

/**
 * Optional Ed25519 signature over manifest.json, stored in the bundle as signature.json. The
 * manifest already holds the SHA-256 of every other file, so signing it signs the whole bundle.
 * The embedded public key only names the signer: verification uses the key the auditor supplies.
 */
export const signatureFormat = 'govspec-evidence-signature/1';

export interface SignatureFile {
  format: string;
  algorithm: 'ed25519';
  signs: 'manifest.json';
  manifestSha256: string;
  keyId: string;
  publicKey: string;
  signature: string;
}

export function loadPrivateKey(pem: Uint8Array): KeyObject | string {
  try {
    const key = createPrivateKey({ key: Buffer.from(pem), format: 'pem' });
    return key.asymmetricKeyType === 'ed25519'
      ? key
      : `it is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key`;
  } catch (e) {
    return firstLine(e);
  }
}

/** A public key, or the public half of a private key. */
export function loadPublicKey(pem: Uint8Array): KeyObject | string {
  try {
    const key = createPublicKey({ key: Buffer.from(pem), format: 'pem' });
    return key.asymmetricKeyType === 'ed25519'
      ? key
      : `it is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key`;
  } catch (e) {
    return firstLine(e);
  }
}

/** Short fingerprint of a public key: the first 16 hex digits of the SHA-256 of its SPKI DER. */
export function keyId(publicKey: KeyObject): string {
  return sha256(publicKey.export({ type: 'spki', format: 'der' })).slice(0, 16);
}

/** signature.json for a manifest; Ed25519 is deterministic, so the same manifest and key give the same bytes. */
export function signManifest(manifest: Uint8Array, privateKey: KeyObject): string {
  const publicKey = createPublicKey(privateKey);
  const file: SignatureFile = {
    format: signatureFormat,
    algorithm: 'ed25519',
    signs: 'manifest.json',
    manifestSha256: sha256(manifest),
    keyId: keyId(publicKey),
    publicKey: String(publicKey.export({ type: 'spki', format: 'pem' })),
    signature: sign(null, manifest, privateKey).toString('base64'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readSignature(bytes: Uint8Array): SignatureFile | string {
  try {
    const s = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<SignatureFile>;
    if (s.format !== signatureFormat || s.algorithm !== 'ed25519' || typeof s.signature !== 'string')
      return `signature.json is not a ${signatureFormat} Ed25519 signature`;
    return s as SignatureFile;
  } catch {
    return 'signature.json is not valid JSON';
  }
}

/** Undefined when the signature is good for this manifest and key; otherwise why not. */
export function checkSignature(
  sig: SignatureFile,
  manifest: Uint8Array,
  publicKey: KeyObject,
): string | undefined {
  if (sig.manifestSha256 !== sha256(manifest)) return 'manifest.json is not the one that was signed';
  const good = verify(null, manifest, publicKey, Buffer.from(sig.signature, 'base64'));
  if (good) return undefined;
  const given = keyId(publicKey);
  return sig.keyId && sig.keyId !== given
    ? `it was made with key ${sig.keyId}, not the given key ${given}`
    : 'the signature bytes do not match the manifest';
}

function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m.split('\n')[0] ?? m).slice(0, 200);
}
