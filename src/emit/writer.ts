import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmittedFile, KeptFile } from './types.js';
import { isKept, isStreamed } from './types.js';
import { trustedOutput } from './output-guard.js';
import type { GuardedOutput } from './output-guard.js';
import { acquireLock } from './output-lock.js';
import { OutputPathError, OutputRefusedError, OutputWriteError } from './output-errors.js';
import { interruptedSwapIn, message, openStaging, recover, swapStaged } from './output-swap.js';
import type { Staging } from './output-swap.js';
import { entryOf, manifestName, renderManifest, sameEntry, surveyFolder } from './output-manifest.js';
import type { ManifestEntry } from './output-manifest.js';
import {
  admit,
  bytesOf,
  existingEntry,
  keptProblem,
  listOutput,
  manifestOf,
  readExisting,
  sameBytes,
} from './output-files.js';
import { openCheck } from './output-check.js';
import type { OutputChecker, StaleFile } from './output-check.js';

export { OutputPathError, OutputRefusedError, OutputWriteError } from './output-errors.js';
export type { WriteState } from './output-errors.js';
export { siblings } from './output-swap.js';
export { listOutput } from './output-files.js';
export type { StaleKind } from './output-files.js';
export type { OutputChecker, StaleFile } from './output-check.js';

const asGuarded = (out: GuardedOutput | string): GuardedOutput =>
  typeof out === 'string' ? trustedOutput(out) : out;

/** What an interrupted swap left, seen without changing anything (for `check`). */
export function interruptedSwap(out: GuardedOutput | string): 'set-aside' | 'leftover' | undefined {
  return interruptedSwapIn(asGuarded(out).dir);
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  kept: string[];
  /** Files that had been changed since govspec wrote them, now replaced by what govspec writes. */
  repaired: string[];
  /** Kept files (not produced this time) that had been changed since govspec wrote them: left out. */
  dropped: string[];
  /** The previous output, set aside during the swap, that could not be deleted (path, reason). */
  leftover?: { path: string; reason: string };
  /** True when the writer's manifest was (re)written. */
  manifestWritten?: boolean;
}

/**
 * Finish or undo a swap that a killed process left half-done: if the output folder is missing
 * but the previous one was set aside, put it back; leftover staging folders are removed. Does
 * nothing while another build holds the lock (its staging folders are in use). Throws
 * OutputRefusedError('leftover') when a staging folder cannot be removed (nothing else is touched).
 */
export function recoverOutput(out: GuardedOutput | string): void {
  const { dir } = asGuarded(out);
  const lock = acquireLock(dir);
  if (typeof lock === 'string') return;
  try {
    recover(dir);
  } finally {
    lock.release();
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The one writer, file by file. Each file goes into a staging folder beside the output folder as
 * it is produced (an unchanged file is hard-linked from the output folder), so the output is never
 * held in memory whole; `finish` then swaps the staging folder in with two renames, or leaves
 * everything as it was when nothing changed. The writer holds the output folder's lock from
 * `openOutput` until `finish` or `abort`.
 */
export interface OutputWriter {
  /**
   * Stage one file. A failure (an unsafe path, a file that cannot be written) is kept and thrown
   * by `finish`, and nothing more is staged: the output folder is never touched.
   */
  add(file: EmittedFile): void;
  /**
   * Swap the staged output in. It refuses, before touching the output folder, unsafe paths
   * (OutputPathError), a folder holding files it did not write or cannot remove
   * (OutputRefusedError); a failed write throws OutputWriteError saying what was left.
   */
  finish(): WriteReport;
  /** Discard what was staged and release the lock; the output folder is untouched. */
  abort(): void;
}

/**
 * Open the output folder for writing: takes its lock (OutputRefusedError 'busy' when another
 * build holds it), finishes or undoes an interrupted swap, and creates the staging folder.
 */
export function openOutput(out: GuardedOutput | string): OutputWriter {
  const { dir } = asGuarded(out);
  // The folder around the output folder is inside the repository (the guard saw to that); it
  // holds the lock and the staging folders.
  mkdirSync(dirname(dir), { recursive: true });
  const lock = acquireLock(dir);
  if (typeof lock === 'string') throw new OutputRefusedError('busy', [lock]);
  let staging: Staging;
  try {
    recover(dir);
    staging = openStaging(dir);
  } catch (e) {
    lock.release();
    throw e instanceof OutputRefusedError ? e : new OutputWriteError('untouched', message(e));
  }
  const previous = manifestOf(dir);
  const existing = new Set(listOutput(dir));
  const seen = new Set<string>();
  const manifest = new Map<string, ManifestEntry>();
  const kept = new Map<string, KeptFile>();
  const report: WriteReport = {
    written: [],
    unchanged: [],
    removed: [],
    kept: [],
    repaired: [],
    dropped: [],
  };
  let failure: unknown;
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    staging.discard();
    lock.release();
  };
  const stage = (file: EmittedFile) => {
    admit(seen, file);
    if (isKept(file)) {
      kept.set(file.path, file);
      return;
    }
    if (isStreamed(file)) {
      // Written as it is produced; compared with the file there by size and SHA-256, both read
      // a piece at a time, so neither is ever held whole.
      const entry = staging.writePieces(file.path, file.pieces());
      manifest.set(file.path, entry);
      const oldEntry = existing.has(file.path) ? existingEntry(dir, file.path) : undefined;
      if (oldEntry && sameEntry(oldEntry, entry)) {
        report.unchanged.push(file.path);
        staging.drop(file.path);
        staging.carry(file.path);
        return;
      }
      report.written.push(file.path);
      const recorded = previous?.get(file.path);
      if (oldEntry && recorded && !sameEntry(oldEntry, recorded)) report.repaired.push(file.path);
      return;
    }
    const bytes = bytesOf(file.content);
    manifest.set(file.path, entryOf(bytes));
    const old = existing.has(file.path) ? readExisting(dir, file.path) : undefined;
    if (old && sameBytes(old, bytes)) {
      report.unchanged.push(file.path);
      staging.carry(file.path);
      return;
    }
    report.written.push(file.path);
    const recorded = previous?.get(file.path);
    if (old && recorded && !sameEntry(entryOf(old), recorded)) report.repaired.push(file.path);
    staging.write(file.path, bytes);
  };
  return {
    add(file) {
      if (!open || failure !== undefined) return;
      try {
        stage(file);
      } catch (e) {
        failure = e instanceof OutputPathError ? e : new OutputWriteError('untouched', message(e));
        close();
      }
    },
    abort: close,
    finish() {
      if (failure !== undefined) throw failure;
      if (!open) throw new OutputWriteError('untouched', 'the output writer was already closed');
      try {
        const owned = (p: string) => seen.has(p) || !!previous?.has(p);
        const survey = surveyFolder(dir, owned, writable);
        if (survey.foreign.length > 0) throw new OutputRefusedError('foreign', survey.foreign);
        if (survey.readOnly.length > 0) throw new OutputRefusedError('read-only', survey.readOnly);
        for (const [path, file] of kept) {
          const old = existing.has(path) ? readExisting(dir, path) : undefined;
          if (!old) continue;
          // A file carried over must still be the one govspec wrote, and whole; otherwise it is left out.
          if (keptProblem(file, old, previous)) report.dropped.push(path);
          else {
            report.kept.push(path);
            manifest.set(path, entryOf(old));
          }
        }
        for (const path of existing) if (!manifest.has(path) && !kept.has(path)) report.removed.push(path);
        for (const list of [
          report.written,
          report.unchanged,
          report.removed,
          report.kept,
          report.repaired,
          report.dropped,
        ])
          list.sort();
        const manifestBytes = renderManifest(manifest);
        const current = readExisting(dir, manifestName);
        const unchanged =
          report.written.length === 0 &&
          report.removed.length === 0 &&
          report.dropped.length === 0 &&
          current !== undefined &&
          sameBytes(current, bytesOf(manifestBytes));
        if (unchanged) return report;
        for (const path of report.kept) staging.carry(path);
        staging.carryPacks();
        staging.write(manifestName, manifestBytes);
        const leftover = swapStaged(dir);
        if (leftover) report.leftover = leftover;
        report.manifestWritten = true;
        return report;
      } catch (e) {
        if (e instanceof OutputRefusedError || e instanceof OutputWriteError) throw e;
        throw new OutputWriteError('untouched', message(e));
      } finally {
        // After the swap the staging folder is the output folder: nothing is left to discard.
        close();
      }
    },
  };
}

/** Write a complete set of files at once (see OutputWriter). */
export function writeOutput(out: GuardedOutput | string, files: readonly EmittedFile[]): WriteReport {
  // Paths are checked before the folder is locked or anything is staged.
  const seen = new Set<string>();
  for (const f of files) admit(seen, f);
  const writer = openOutput(out);
  for (const f of files) writer.add(f);
  return writer.finish();
}

/** `check` file by file (see OutputChecker); writes nothing. */
export function openOutputCheck(out: GuardedOutput | string): OutputChecker {
  return openCheck(asGuarded(out).dir);
}

/** Every difference between a complete set of files and the output folder (see OutputChecker). */
export function checkOutput(out: GuardedOutput | string, files: readonly EmittedFile[]): StaleFile[] {
  const checker = openOutputCheck(out);
  for (const f of files) checker.add(f);
  return checker.finish();
}

export function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
