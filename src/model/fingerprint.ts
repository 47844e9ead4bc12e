import { createHash } from 'node:crypto';
import type { Integration } from './estate.js';

/**
 * SHA-256 of an integration as the model holds it (keys sorted, so the order they were written
 * in does not matter). A workbook records it for every spec it shows, so decisions entered on
 * one build are never written into a spec that has changed since.
 */
export function integrationFingerprint(i: Integration): string {
  let fingerprint = known.get(i);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(canonical(i)).digest('hex');
    // The estate is frozen once built, so an integration's fingerprint never changes: it is
    // worked out once for both decision workbooks of a build.
    if (Object.isFrozen(i)) known.set(i, fingerprint);
  }
  return fingerprint;
}

const known = new WeakMap<Integration, string>();

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
