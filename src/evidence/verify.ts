import type { KeyObject } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { evidenceCodes as codes } from '../rules/evidence/codes.js';
import { manifestName, parseManifest, sha256, signatureName } from './manifest.js';
import { checkSignature, loadPublicKey, readSignature } from './signature.js';
import type { ZipRecord } from './zip-reader.js';
import { readZipSafely } from './zip-reader.js';

export interface VerifyOptions {
  /** The signer's public key; when given, the bundle must carry a signature that verifies with it. */
  publicKey?: KeyObject;
}

export interface VerifyReport {
  ok: boolean;
  /** Files whose hash and size matched the manifest. */
  verified: string[];
  changed: string[];
  missing: string[];
  extra: string[];
  unsafe: string[];
  /** True only when the signature was checked against the key given and verified. */
  signed: boolean;
  /** What is known about the signature: checked against a key given ("verified"), only
   * consistent with the key it names ("not checked"), or broken ("invalid"). */
  signature: 'none' | 'verified' | 'not checked' | 'invalid';
  diagnostics: Diagnostic[];
}

/**
 * Check a bundle against its manifest entirely in memory: every listed file present with its
 * size and SHA-256, nothing unlisted, no entry that could escape an extraction folder, and, with
 * a key, a valid signature. Never writes anything.
 */
export function verifyBundle(bytes: Uint8Array, options: VerifyOptions = {}): VerifyReport {
  const report: VerifyReport = {
    ok: false,
    verified: [],
    changed: [],
    missing: [],
    extra: [],
    unsafe: [],
    signed: false,
    signature: 'none',
    diagnostics: [],
  };
  const d = report.diagnostics;
  const listing = readZipSafely(bytes);
  if (listing.error) {
    d.push(codes['evidence-bundle-unreadable'].at(undefined, listing.error));
    return report;
  }
  const files = new Map<string, ZipRecord>();
  for (const r of listing.records) {
    if (r.unsafe) {
      report.unsafe.push(r.name);
      d.push(codes['evidence-entry-unsafe'].at(undefined, JSON.stringify(r.name), r.unsafe));
    } else if (!r.directory) files.set(r.name, r);
  }
  const manifestRecord = files.get(manifestName);
  const entries = manifestRecord?.content
    ? parseManifest(manifestRecord.content)
    : 'is missing from the bundle';
  if (typeof entries === 'string') {
    d.push(
      codes['evidence-manifest-invalid'].at(
        undefined,
        manifestRecord?.unreadable ? `cannot be read (${manifestRecord.unreadable})` : entries,
      ),
    );
    return report;
  }
  for (const e of entries) {
    const r = files.get(e.path);
    if (!r) {
      report.missing.push(e.path);
      d.push(codes['evidence-file-missing'].at(undefined, e.path));
    } else if (!r.content) {
      report.changed.push(e.path);
      d.push(codes['evidence-entry-unreadable'].at(undefined, e.path, r.unreadable ?? 'no content'));
    } else if (r.content.length !== e.size || sha256(r.content) !== e.sha256) {
      report.changed.push(e.path);
      const detail =
        r.content.length !== e.size
          ? `${r.content.length} bytes, manifest says ${e.size}`
          : 'SHA-256 differs';
      d.push(codes['evidence-file-changed'].at(undefined, e.path, detail));
    } else report.verified.push(e.path);
  }
  const listed = new Set(entries.map((e) => e.path));
  for (const name of files.keys()) {
    if (listed.has(name) || name === manifestName || name === signatureName) continue;
    report.extra.push(name);
    d.push(codes['evidence-file-extra'].at(undefined, name));
  }
  checkSigned(report, files.get(signatureName), manifestRecord!.content!, options.publicKey);
  report.ok = !d.some((x) => x.severity === 'error');
  return report;
}

function checkSigned(
  report: VerifyReport,
  record: ZipRecord | undefined,
  manifest: Uint8Array,
  key?: KeyObject,
): void {
  const d = report.diagnostics;
  if (!record) {
    if (key) d.push(codes['evidence-signature-missing'].at(undefined));
    return;
  }
  report.signature = 'invalid';
  const sig = record.content
    ? readSignature(record.content)
    : `signature.json cannot be read (${record.unreadable})`;
  if (typeof sig === 'string') {
    d.push(codes[key ? 'evidence-signature-invalid' : 'evidence-signature-broken'].at(undefined, sig));
    return;
  }
  if (!key) {
    // Without the publisher's key the signature proves nothing about who made the pack; it can
    // still show that the pack was changed after it was signed, with the key it names.
    const named = typeof sig.publicKey === 'string' ? loadPublicKey(Buffer.from(sig.publicKey)) : undefined;
    const problem =
      named && typeof named !== 'string'
        ? checkSignature(sig, manifest, named)
        : sig.manifestSha256 !== sha256(manifest)
          ? 'manifest.json is not the one that was signed'
          : undefined;
    if (problem) d.push(codes['evidence-signature-broken'].at(undefined, problem));
    else {
      report.signature = 'not checked';
      d.push(codes['evidence-signature-unchecked'].at(undefined, sig.keyId ?? 'unknown'));
    }
    return;
  }
  const problem = checkSignature(sig, manifest, key);
  if (problem) d.push(codes['evidence-signature-invalid'].at(undefined, problem));
  else {
    report.signature = 'verified';
    report.signed = true;
  }
}
