import { createHash } from 'node:crypto';
import { unsafeName } from './zip-reader.js';

/** Names govspec gives the bundle's own bookkeeping files. */
export const manifestName = 'manifest.json';
export const signatureName = 'signature.json';
export const manifestFormat = 'govspec-evidence-manifest/1';

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest of every file in the bundle except itself and the signature (added after). */
export function makeManifest(files: ReadonlyArray<{ path: string; content: Uint8Array }>): string {
  const entries: ManifestEntry[] = files
    .filter((f) => f.path !== manifestName && f.path !== signatureName)
    .map((f) => ({ path: f.path, size: f.content.length, sha256: sha256(f.content) }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return `${JSON.stringify({ format: manifestFormat, algorithm: 'sha256', files: entries }, null, 2)}\n`;
}

/** The manifest's entries, or why it cannot be used. */
export function parseManifest(bytes: Uint8Array): ManifestEntry[] | string {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'is not valid JSON';
  }
  const m = data as { format?: unknown; files?: unknown };
  if (!m || typeof m !== 'object' || m.format !== manifestFormat)
    return `is not a ${manifestFormat} manifest`;
  if (!Array.isArray(m.files)) return 'has no files list';
  const out: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const f of m.files as unknown[]) {
    const e = f as Partial<ManifestEntry>;
    if (
      typeof e?.path !== 'string' ||
      typeof e.size !== 'number' ||
      typeof e.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(e.sha256)
    )
      return 'has an entry without path, size and sha256';
    if (unsafeName(e.path) || e.path === manifestName || e.path === signatureName)
      return `lists a path no bundle may hold (${e.path})`;
    if (seen.has(e.path)) return `lists ${e.path} twice`;
    seen.add(e.path);
    out.push({ path: e.path, size: e.size, sha256: e.sha256 });
  }
  return out;
}
