import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../core/safe-fs.js';
import { packFolder } from './output-names.js';

/**
 * The writer's own record of what it put in the output folder: every file's path, size and
 * SHA-256. The writer removes or replaces only files it finds here (or files it is about to
 * write), so nothing a person put in the folder is ever deleted; `check` and the diagram reuse
 * use the hashes to tell a file govspec wrote from one changed since.
 */

export const manifestName = '.govspec-manifest.json';
export const manifestFormat = 'govspec-output-manifest/1';

export interface ManifestEntry {
  size: number;
  sha256: string;
}

export type OutputManifest = ReadonlyMap<string, ManifestEntry>;

const maxManifestBytes = 64 * 1024 * 1024;

export function entryOf(bytes: Uint8Array): ManifestEntry {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function sameEntry(a: ManifestEntry | undefined, b: ManifestEntry | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.sha256 === b.sha256;
}

/** The bytes of the manifest for a set of entries: sorted, so the same output gives the same file. */
export function renderManifest(entries: ReadonlyMap<string, ManifestEntry>): string {
  const files: Record<string, ManifestEntry> = {};
  for (const path of [...entries.keys()].sort()) {
    const e = entries.get(path)!;
    files[path] = { size: e.size, sha256: e.sha256 };
  }
  const doc = {
    format: manifestFormat,
    about:
      'The files govspec wrote into this folder, with their SHA-256. govspec build removes or replaces only these; do not edit.',
    files,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The manifest in an output folder: undefined when there is none, "damaged" when it cannot be trusted. */
export function readManifest(dir: string): OutputManifest | undefined | 'damaged' {
  const read = readRegularFile(join(dir, manifestName), maxManifestBytes);
  if (!('bytes' in read)) return read.problem === 'missing' ? undefined : 'damaged';
  return parseManifest(read.bytes) ?? 'damaged';
}

export function parseManifest(bytes: Uint8Array): OutputManifest | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const { format, files } = doc as { format?: unknown; files?: unknown };
  if (format !== manifestFormat || !files || typeof files !== 'object' || Array.isArray(files))
    return undefined;
  const out = new Map<string, ManifestEntry>();
  for (const [path, e] of Object.entries(files as Record<string, unknown>)) {
    const { size, sha256 } = (e ?? {}) as { size?: unknown; sha256?: unknown };
    if (typeof size !== 'number' || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
      return undefined;
    out.set(path, { size, sha256 });
  }
  return out;
}

export interface FolderSurvey {
  /** Entries that neither the manifest nor the files about to be written account for. */
  foreign: string[];
  /** Folders (relative, "" for the output folder itself) the user running govspec cannot change. */
  readOnly: string[];
}

const maxReported = 20;

/**
 * Walk the output folder (never following links) for what the writer may not touch: anything
 * that is not a file govspec wrote (by the manifest) or is about to write, and folders it could
 * not empty. Without a manifest (a folder from before manifests existed) only the files about to
 * be written count as govspec's. The pack folder is govspec's too, but may hold only regular
 * files: a link, a folder or anything else in it is reported like any other foreign entry.
 */
export function surveyFolder(
  dir: string,
  owned: (path: string) => boolean,
  writable: (dir: string) => boolean,
): FolderSurvey {
  const survey: FolderSurvey = { foreign: [], readOnly: [] };
  const entriesOf = (abs: string, rel: string) => {
    try {
      return readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      survey.readOnly.push(rel);
      return [];
    }
  };
  const walk = (abs: string, rel: string) => {
    if (!writable(abs)) survey.readOnly.push(rel);
    for (const e of entriesOf(abs, rel)) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (path === packFolder && e.isDirectory()) packs(join(abs, e.name), path);
      else if (e.isDirectory()) walk(join(abs, e.name), path);
      else if (path !== manifestName && !owned(path) && survey.foreign.length < maxReported)
        survey.foreign.push(path);
    }
  };
  // The pack folder is carried by hard links, never emptied, so it may be read-only.
  const packs = (abs: string, rel: string) => {
    for (const e of entriesOf(abs, rel))
      if (!e.isFile() && survey.foreign.length < maxReported) survey.foreign.push(`${rel}/${e.name}`);
  };
  try {
    if (!lstatSync(dir).isDirectory()) return survey;
  } catch {
    return survey;
  }
  walk(dir, '');
  return survey;
}
