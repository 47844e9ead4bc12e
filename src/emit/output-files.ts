import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import { walkFiles } from '../core/walk.js';
import { readRegularFile } from '../core/safe-fs.js';
import type { EmittedFile, KeptFile } from './types.js';
import { OutputPathError } from './output-errors.js';
import { entryOf, manifestName, readManifest, sameEntry } from './output-manifest.js';
import { inPackFolder } from './output-names.js';
import type { ManifestEntry, OutputManifest } from './output-manifest.js';

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
  walkFiles(root, {
    file: (relPath) => {
      if (keep(relPath)) out.push(relPath);
    },
  });
  return out.sort();
}

/** Regular files currently in the output folder, without the writer's manifest and the pack folder. */
export function listOutput(outDir: string): string[] {
  return filesBelow(outDir, (relPath) => relPath !== manifestName && !inPackFolder(relPath));
}

/**
 * Size and SHA-256 of an existing output file, read a megabyte at a time (never held whole);
 * undefined when it is not a regular file that can be read.
 */
export function existingEntry(outDir: string, path: string): ManifestEntry | undefined {
  let fd: number;
  try {
    fd = openSync(join(outDir, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafeSlow(1024 * 1024);
    let size = 0;
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) {
      hash.update(buf.subarray(0, n));
      size += n;
    }
    return { size, sha256: hash.digest('hex') };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * A streamed file's pieces as UTF-8, gathered into writes of about a megabyte, each handed to
 * `put` (nothing, for `check`); gives the size and SHA-256 of the whole.
 */
export function streamPieces(pieces: Iterable<string>, put?: (bytes: Uint8Array) => void): ManifestEntry {
  const hash = createHash('sha256');
  let size = 0;
  let pending: string[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    length = 0;
    hash.update(bytes);
    size += bytes.length;
    put?.(bytes);
  };
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= 1024 * 1024) flush();
  }
  flush();
  return { size, sha256: hash.digest('hex') };
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
