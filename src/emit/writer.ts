import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import { readRegularFile } from '../core/safe-fs.js';
import type { EmittedFile, KeptFile } from './types.js';
import { isKept } from './types.js';
import { trustedOutput } from './output-guard.js';
import type { GuardedOutput } from './output-guard.js';
import { acquireLock } from './output-lock.js';
import { OutputPathError, OutputRefusedError } from './output-errors.js';
import { interruptedSwapIn, recover, swapIn } from './output-swap.js';
import {
  entryOf,
  manifestName,
  readManifest,
  renderManifest,
  sameEntry,
  surveyFolder,
} from './output-manifest.js';
import type { ManifestEntry, OutputManifest } from './output-manifest.js';

export { OutputPathError, OutputRefusedError, OutputWriteError } from './output-errors.js';
export type { WriteState } from './output-errors.js';
export { siblings } from './output-swap.js';

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

export type StaleKind =
  | 'missing'
  | 'out of date'
  | 'not generated any more'
  | 'not a file govspec wrote'
  | 'changed since govspec wrote it'
  | 'damaged';

export interface StaleFile {
  path: string;
  kind: StaleKind;
}

const encoder = new TextEncoder();

function bytesOf(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? encoder.encode(content) : content;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

const asGuarded = (out: GuardedOutput | string): GuardedOutput =>
  typeof out === 'string' ? trustedOutput(out) : out;

/** Validate paths and index the emitted files; duplicate or unsafe paths are programming errors. */
function index(files: readonly EmittedFile[]): {
  produced: Map<string, Uint8Array>;
  kept: Map<string, KeptFile>;
} {
  const produced = new Map<string, Uint8Array>();
  const kept = new Map<string, KeptFile>();
  for (const f of files) {
    if (
      !isSafeRepoPath(f.path) ||
      f.path.endsWith('/') ||
      f.path === manifestName ||
      f.path.split('/').some((s) => s === '' || s === '.')
    ) {
      throw new OutputPathError(f.path);
    }
    if (produced.has(f.path) || kept.has(f.path)) throw new OutputPathError(`${f.path} (emitted twice)`);
    if (isKept(f)) kept.set(f.path, f);
    else produced.set(f.path, bytesOf(f.content));
  }
  return { produced, kept };
}

/** Regular files currently in the output folder, without the writer's manifest. */
export function listOutput(outDir: string): string[] {
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
      else if (e.isFile() && relPath !== manifestName) out.push(relPath);
    }
  };
  walk(outDir, '');
  return out.sort();
}

function readExisting(outDir: string, path: string): Uint8Array | undefined {
  const read = readRegularFile(join(outDir, path));
  return 'bytes' in read ? read.bytes : undefined;
}

function manifestOf(dir: string): OutputManifest | undefined {
  const m = readManifest(dir);
  return m === 'damaged' ? undefined : m;
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

interface Plan {
  report: WriteReport;
  manifest: Map<string, ManifestEntry>;
  manifestBytes: string;
  unchanged: boolean;
}

/** Why an existing file may not be carried over as it is; undefined when it may. */
function keptProblem(
  file: KeptFile,
  bytes: Uint8Array,
  previous: OutputManifest | undefined,
): StaleKind | undefined {
  if (previous && !sameEntry(entryOf(bytes), previous.get(file.path)))
    return 'changed since govspec wrote it';
  return file.problem?.(bytes) === undefined ? undefined : 'damaged';
}

function plan(
  dir: string,
  produced: ReadonlyMap<string, Uint8Array>,
  kept: ReadonlyMap<string, KeptFile>,
  previous: OutputManifest | undefined,
): Plan {
  const report: WriteReport = {
    written: [],
    unchanged: [],
    removed: [],
    kept: [],
    repaired: [],
    dropped: [],
  };
  const manifest = new Map<string, ManifestEntry>();
  const existing = new Set(listOutput(dir));
  for (const [path, bytes] of produced) {
    manifest.set(path, entryOf(bytes));
    const old = existing.has(path) ? readExisting(dir, path) : undefined;
    if (old && sameBytes(old, bytes)) report.unchanged.push(path);
    else {
      report.written.push(path);
      const recorded = previous?.get(path);
      if (old && recorded && !sameEntry(entryOf(old), recorded)) report.repaired.push(path);
    }
  }
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
  for (const path of existing)
    if (!produced.has(path) && !report.kept.includes(path) && !report.dropped.includes(path))
      report.removed.push(path);
  const manifestBytes = renderManifest(manifest);
  const current = readExisting(dir, manifestName);
  const unchanged =
    report.written.length === 0 &&
    report.removed.length === 0 &&
    report.dropped.length === 0 &&
    current !== undefined &&
    sameBytes(current, encoder.encode(manifestBytes));
  for (const list of [report.written, report.removed, report.kept, report.repaired, report.dropped])
    list.sort();
  return { report, manifest, manifestBytes, unchanged };
}

/**
 * The one writer. Builds the complete new output in a sibling temporary folder (hard-linking
 * unchanged files), then swaps it in with two renames. Nothing is touched when nothing changed.
 * It refuses, before touching anything, unsafe paths (OutputPathError), a folder holding files it
 * did not write or cannot remove, or one another build is writing (OutputRefusedError).
 */
export function writeOutput(out: GuardedOutput | string, files: readonly EmittedFile[]): WriteReport {
  const { dir } = asGuarded(out);
  const { produced, kept } = index(files);
  // The folder around the output folder is inside the repository (the guard saw to that); it
  // holds the lock and the staging folders.
  mkdirSync(dirname(dir), { recursive: true });
  const lock = acquireLock(dir);
  if (typeof lock === 'string') throw new OutputRefusedError('busy', [lock]);
  try {
    recover(dir);
    const previous = manifestOf(dir);
    const survey = surveyFolder(dir, (p) => produced.has(p) || kept.has(p) || !!previous?.has(p), writable);
    if (survey.foreign.length > 0) throw new OutputRefusedError('foreign', survey.foreign);
    if (survey.readOnly.length > 0) throw new OutputRefusedError('read-only', survey.readOnly);
    const { report, manifestBytes, unchanged } = plan(dir, produced, kept, previous);
    if (unchanged) return report;
    const leftover = swapIn(dir, produced, new Set(report.unchanged), report.kept, manifestBytes);
    if (leftover) report.leftover = leftover;
    report.manifestWritten = true;
    return report;
  } finally {
    lock.release();
  }
}

/**
 * What `check` reports: every difference between what `build` would write and the folder,
 * including files kept from an earlier build (diagram renderings) that no longer match what
 * govspec wrote, and the writer's manifest itself. Writes nothing, not even to finish a swap.
 */
export function checkOutput(out: GuardedOutput | string, files: readonly EmittedFile[]): StaleFile[] {
  const { dir } = asGuarded(out);
  const { produced, kept } = index(files);
  const previous = manifestOf(dir);
  const { manifestBytes } = plan(dir, produced, kept, previous);
  const stale: StaleFile[] = [];
  for (const [path, bytes] of produced) {
    const existing = readExisting(dir, path);
    if (!existing) stale.push({ path, kind: 'missing' });
    else if (!sameBytes(existing, bytes)) stale.push({ path, kind: 'out of date' });
  }
  for (const [path, file] of kept) {
    const existing = readExisting(dir, path);
    const problem = existing && keptProblem(file, existing, previous);
    if (problem) stale.push({ path, kind: problem });
  }
  for (const path of listOutput(dir)) {
    if (produced.has(path) || kept.has(path)) continue;
    stale.push({ path, kind: previous?.has(path) ? 'not generated any more' : 'not a file govspec wrote' });
  }
  const manifest = readExisting(dir, manifestName);
  if (!manifest) stale.push({ path: manifestName, kind: 'missing' });
  else if (!sameBytes(manifest, encoder.encode(manifestBytes)))
    stale.push({ path: manifestName, kind: 'out of date' });
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
