import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputRefusedError, OutputWriteError } from './output-errors.js';
import type { WriteState } from './output-errors.js';
import { packFolder, siblingName } from './output-names.js';
import type { ManifestEntry } from './output-manifest.js';
import { streamPieces } from './output-files.js';

/**
 * The writer's swap: the new output is built in a staging folder beside the output folder, then
 * the previous output is set aside and the new one renamed into place. Staging folders are
 * govspec's own, so they may be made writable to be removed.
 */

/** The staging folders beside the output folder. */
export function siblings(outDir: string): { tmp: string; old: string } {
  return { tmp: siblingName(outDir, 'tmp'), old: siblingName(outDir, 'old') };
}

/** What an interrupted swap left, seen without changing anything (for `check`). */
export function interruptedSwapIn(dir: string): 'set-aside' | 'leftover' | undefined {
  const { tmp, old } = siblings(dir);
  if (!existsSync(dir) && existsSync(old)) return 'set-aside';
  if (existsSync(old) || existsSync(tmp)) return 'leftover';
  return undefined;
}

/** Remove a staging folder of govspec's own; a read-only folder inside is made writable first. */
export function removeStaging(path: string): string | undefined {
  try {
    rmSync(path, { recursive: true, force: true });
    return undefined;
  } catch {
    try {
      makeWritable(path);
      rmSync(path, { recursive: true, force: true });
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}

function makeWritable(path: string): void {
  const st = lstatSync(path);
  if (!st.isDirectory()) return;
  chmodSync(path, st.mode | 0o700);
  for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/** Finish or undo an interrupted swap in `dir` (the caller holds the lock); see recoverOutput. */
export function recover(dir: string): void {
  const { tmp, old } = siblings(dir);
  if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
  for (const path of [old, tmp]) {
    if (!existsSync(path)) continue;
    const problem = removeStaging(path);
    if (problem) throw new OutputRefusedError('leftover', [path], problem);
  }
}

/** The staging folder a new output is built in, file by file, before the swap. */
export interface Staging {
  /** Write a new file into the staging folder. */
  write(path: string, bytes: Uint8Array | string): void;
  /** Write a new file a piece at a time (see StreamedFile); gives its size and SHA-256. */
  writePieces(path: string, pieces: Iterable<string>): ManifestEntry;
  /** Remove a file written into the staging folder (to carry the unchanged one over instead). */
  drop(path: string): void;
  /** Carry a file of the current output over (a hard link, else a copy). */
  carry(path: string): void;
  /**
   * Carry the pack folder over as it is: every file hard-linked (else copied by the file system,
   * never through memory), the folder's permissions kept. Nothing when there is none.
   */
  carryPacks(): void;
  /** Remove the staging folder (nothing of the output folder is touched). */
  discard(): void;
}

/** Create the staging folder beside `dir` (the caller holds the lock and has recovered). */
export function openStaging(dir: string): Staging {
  const { tmp } = siblings(dir);
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>();
  const target = (path: string) => {
    const to = join(tmp, path);
    const folder = dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    return to;
  };
  return {
    write: (path, bytes) => writeFileSync(target(path), bytes, { flag: 'wx' }),
    writePieces: (path, pieces) => {
      const fd = openSync(target(path), 'wx');
      try {
        return streamPieces(pieces, (bytes) => {
          for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
        });
      } finally {
        closeSync(fd);
      }
    },
    drop: (path) => unlinkSync(join(tmp, path)),
    carry: (path) => linkOrCopy(join(dir, path), target(path)),
    carryPacks: () => carryPacks(join(dir, packFolder), join(tmp, packFolder)),
    discard: () => void removeStaging(tmp),
  };
}

/**
 * Swap the staged output in with two renames: the previous output is set aside, the staging
 * folder renamed into place, and the set-aside copy removed. Returns the set-aside copy when it
 * could not be removed; throws OutputWriteError saying what was left when a rename fails.
 */
export function swapStaged(dir: string): { path: string; reason: string } | undefined {
  const { tmp, old } = siblings(dir);
  const hadOutput = existsSync(dir);
  try {
    if (hadOutput) renameSync(dir, old);
  } catch (e) {
    removeStaging(tmp);
    throw new OutputWriteError('untouched', message(e));
  }
  try {
    renameSync(tmp, dir);
  } catch (e) {
    let state: WriteState = 'untouched';
    try {
      if (hadOutput) renameSync(old, dir);
    } catch {
      state = 'set-aside';
    }
    removeStaging(tmp);
    throw new OutputWriteError(state, message(e));
  }
  if (!hadOutput) return undefined;
  const problem = removeStaging(old);
  return problem ? { path: old, reason: problem } : undefined;
}

export function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

function carryPacks(from: string, to: string): void {
  let st;
  try {
    st = lstatSync(from);
  } catch {
    return;
  }
  // The survey refused anything in the pack folder but regular files, and the lock keeps
  // `govspec evidence` out until the swap is done.
  if (!st.isDirectory()) return;
  mkdirSync(to);
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (!e.isFile()) continue;
    try {
      linkSync(join(from, e.name), join(to, e.name));
    } catch {
      copyFileSync(join(from, e.name), join(to, e.name), constants.COPYFILE_EXCL);
    }
  }
  chmodSync(to, st.mode & 0o7777);
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from), { flag: 'wx' });
  }
}
