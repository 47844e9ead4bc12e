import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputRefusedError, OutputWriteError } from './output-errors.js';
import type { WriteState } from './output-errors.js';
import { manifestName } from './output-manifest.js';
import { siblingName } from './output-names.js';

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

export function swapIn(
  dir: string,
  produced: ReadonlyMap<string, Uint8Array>,
  unchanged: ReadonlySet<string>,
  kept: readonly string[],
  manifestBytes: string,
): { path: string; reason: string } | undefined {
  const { tmp, old } = siblings(dir);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [path, bytes] of produced) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      if (unchanged.has(path)) linkOrCopy(join(dir, path), target);
      else writeFileSync(target, bytes, { flag: 'wx' });
    }
    for (const path of kept) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      linkOrCopy(join(dir, path), target);
    }
    writeFileSync(join(tmp, manifestName), manifestBytes, { flag: 'wx' });
  } catch (e) {
    removeStaging(tmp);
    throw new OutputWriteError('untouched', message(e));
  }
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

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from), { flag: 'wx' });
  }
}
