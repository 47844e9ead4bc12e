import { createHash } from 'node:crypto';
import {
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
import { basename, dirname, join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import type { EmittedFile } from './types.js';
import { isKept } from './types.js';

export class OutputPathError extends Error {
  constructor(readonly path: string) {
    super(`refused output path ${path}`);
  }
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  kept: string[];
}

export type StaleKind = 'missing' | 'out of date' | 'not generated any more';

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

/** Validate paths and index the emitted files; duplicate or unsafe paths are programming errors. */
function index(files: readonly EmittedFile[]): { produced: Map<string, Uint8Array>; kept: Set<string> } {
  const produced = new Map<string, Uint8Array>();
  const kept = new Set<string>();
  for (const f of files) {
    if (
      !isSafeRepoPath(f.path) ||
      f.path.endsWith('/') ||
      f.path.split('/').some((s) => s === '' || s === '.')
    ) {
      throw new OutputPathError(f.path);
    }
    if (produced.has(f.path) || kept.has(f.path)) throw new OutputPathError(`${f.path} (emitted twice)`);
    if (isKept(f)) kept.add(f.path);
    else produced.set(f.path, bytesOf(f.content));
  }
  return { produced, kept };
}

/** Regular files currently in the output folder (symlinks and other oddities are ignored, so replaced). */
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
      else if (e.isFile()) out.push(relPath);
    }
  };
  walk(outDir, '');
  return out.sort();
}

function readExisting(outDir: string, path: string): Uint8Array | undefined {
  try {
    const full = join(outDir, path);
    if (!lstatSync(full).isFile()) return undefined;
    return readFileSync(full);
  } catch {
    return undefined;
  }
}

/** What `check` reports: every difference between the emitted set and the folder. */
export function checkOutput(outDir: string, files: readonly EmittedFile[]): StaleFile[] {
  recoverOutput(outDir);
  const { produced, kept } = index(files);
  const stale: StaleFile[] = [];
  for (const [path, bytes] of produced) {
    const existing = readExisting(outDir, path);
    if (!existing) stale.push({ path, kind: 'missing' });
    else if (!sameBytes(existing, bytes)) stale.push({ path, kind: 'out of date' });
  }
  for (const path of listOutput(outDir)) {
    if (!produced.has(path) && !kept.has(path)) stale.push({ path, kind: 'not generated any more' });
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function siblings(outDir: string): { tmp: string; old: string } {
  const parent = dirname(outDir);
  const base = basename(outDir);
  return { tmp: join(parent, `.${base}.govspec-tmp`), old: join(parent, `.${base}.govspec-old`) };
}

/**
 * Finish or undo a swap that a killed process left half-done: if the output folder is missing
 * but the previous one was set aside, put it back. A leftover temporary folder is discarded.
 */
export function recoverOutput(outDir: string): void {
  const { tmp, old } = siblings(outDir);
  if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
  if (existsSync(old)) rmSync(old, { recursive: true, force: true });
  if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
}

/**
 * The one writer. Builds the complete new output in a sibling temporary folder (hard-linking
 * unchanged files), then swaps it in with two renames. Nothing is touched when nothing changed.
 * Throws OutputPathError before touching disk if any path is unsafe.
 */
export function writeOutput(outDir: string, files: readonly EmittedFile[]): WriteReport {
  recoverOutput(outDir);
  const { produced, kept } = index(files);
  const report: WriteReport = { written: [], unchanged: [], removed: [], kept: [] };
  const existing = new Set(listOutput(outDir));
  for (const [path, bytes] of produced) {
    const old = existing.has(path) ? readExisting(outDir, path) : undefined;
    if (old && sameBytes(old, bytes)) report.unchanged.push(path);
    else report.written.push(path);
  }
  for (const path of kept) if (existing.has(path)) report.kept.push(path);
  for (const path of existing) if (!produced.has(path) && !kept.has(path)) report.removed.push(path);
  if (report.written.length === 0 && report.removed.length === 0) return report;

  const { tmp, old } = siblings(outDir);
  const unchanged = new Set(report.unchanged);
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [path, bytes] of produced) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      if (unchanged.has(path)) linkOrCopy(join(outDir, path), target);
      else writeFileSync(target, bytes);
    }
    for (const path of report.kept) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      linkOrCopy(join(outDir, path), target);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  report.written.sort();
  report.removed.sort();
  return report;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from));
  }
}

export function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
