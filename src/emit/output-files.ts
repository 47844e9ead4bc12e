import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import { readRegularFile } from '../core/safe-fs.js';
import type { EmittedFile, KeptFile } from './types.js';
import { OutputPathError } from './output-errors.js';
import { entryOf, manifestName, readManifest, sameEntry } from './output-manifest.js';
import { inPackFolder } from './output-names.js';
import type { OutputManifest } from './output-manifest.js';

/** What the writer and `check` share about the files of an output folder. */

export type StaleKind =
  | 'missing'
  | 'out of date'
  | 'not generated any more'
  | 'not a file govspec wrote'
  | 'changed since govspec wrote it'
  | 'damaged';

const encoder = new TextEncoder();

export function bytesOf(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? encoder.encode(content) : content;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Refuse an unsafe path or one emitted twice (programming errors); `seen` records the path. */
export function admit(seen: Set<string>, file: EmittedFile): void {
  const { path } = file;
  if (
    !isSafeRepoPath(path) ||
    path.endsWith('/') ||
    path === manifestName ||
    inPackFolder(path) ||
    path.split('/').some((s) => s === '' || s === '.')
  ) {
    throw new OutputPathError(path);
  }
  if (seen.has(path)) throw new OutputPathError(`${path} (emitted twice)`);
  seen.add(path);
}

/** Regular files below a folder (links not followed), relative and sorted, that `keep` accepts. */
export function filesBelow(root: string, keep: (relPath: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(dir, e.name), relPath);
      else if (e.isFile() && keep(relPath)) out.push(relPath);
    }
  };
  walk(root, '');
  return out.sort();
}

/** Regular files currently in the output folder, without the writer's manifest and the pack folder. */
export function listOutput(outDir: string): string[] {
  return filesBelow(outDir, (relPath) => relPath !== manifestName && !inPackFolder(relPath));
}

export function readExisting(outDir: string, path: string): Uint8Array | undefined {
  const read = readRegularFile(join(outDir, path));
  return 'bytes' in read ? read.bytes : undefined;
}

export function manifestOf(dir: string): OutputManifest | undefined {
  const m = readManifest(dir);
  return m === 'damaged' ? undefined : m;
}

/** Why an existing file may not be carried over as it is; undefined when it may. */
export function keptProblem(
  file: KeptFile,
  bytes: Uint8Array,
  previous: OutputManifest | undefined,
): StaleKind | undefined {
  if (previous && !sameEntry(entryOf(bytes), previous.get(file.path)))
    return 'changed since govspec wrote it';
  return file.problem?.(bytes) === undefined ? undefined : 'damaged';
}
