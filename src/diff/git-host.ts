import { join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import type { Host } from '../core/host.js';
import { isSkippedDir } from '../core/host.js';
import { runGit } from './git.js';
import type { Repo } from './repo.js';

interface Blob {
  oid: string;
  size: number;
}

/** Files read in one batch when first needed: specs and config are YAML and small. */
const prefetched = /\.ya?ml$/i;
const prefetchLimit = 4 * 1024 * 1024;

/**
 * A Host that reads one git revision: the tree from `git ls-tree`, file bytes from
 * `git cat-file`, so compile() runs on any commit with no checkout and no working-tree changes.
 * Paths are relative to the workspace root (the config folder), like FsHost's.
 * Symbolic links and submodules are not followed (their targets are not part of the revision).
 */
export class GitHost implements Host {
  readonly root: string;
  private tree: Map<string, Blob> | undefined;
  private dirs: Set<string> | undefined;
  private listed: string[] | undefined;
  private readonly cache = new Map<string, Uint8Array>();
  private batched = false;

  constructor(
    private readonly repo: Repo,
    readonly commit: string,
  ) {
    this.root = join(repo.top, repo.prefix);
  }

  listFiles(): readonly string[] {
    this.load();
    return this.listed!;
  }

  exists(path: string): boolean {
    if (!isSafeRepoPath(path)) return false;
    this.load();
    const p = path.replace(/\/+$/, '');
    return this.tree!.has(p) || this.dirs!.has(p);
  }

  readFile(path: string): Uint8Array | undefined {
    if (!isSafeRepoPath(path)) return undefined;
    this.load();
    const blob = this.tree!.get(path);
    if (!blob) return undefined;
    if (!this.batched) this.prefetch();
    const cached = this.cache.get(blob.oid);
    if (cached) return cached;
    const run = runGit(this.repo.top, ['cat-file', 'blob', blob.oid]);
    if (!run.ok) return undefined;
    this.cache.set(blob.oid, run.stdout);
    return run.stdout;
  }

  private load(): void {
    if (this.tree) return;
    const tree = new Map<string, Blob>();
    const dirs = new Set<string>();
    const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', this.commit];
    if (this.repo.prefix) args.push('--', this.repo.prefix);
    const run = runGit(this.repo.top, args);
    // The commit was resolved before the host was made; an unreadable tree reads as empty.
    const out = run.ok ? run.stdout.toString('utf8') : '';
    for (const record of out.split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
      const full = record.slice(tab + 1);
      if (type !== 'blob' || mode === '120000' || !oid || !full.startsWith(this.repo.prefix)) continue;
      const path = full.slice(this.repo.prefix.length);
      const segments = path.split('/');
      if (segments.slice(0, -1).some(isSkippedDir)) continue;
      tree.set(path, { oid, size: Number(size) || 0 });
      for (let i = 1; i < segments.length; i++) dirs.add(segments.slice(0, i).join('/'));
    }
    this.tree = tree;
    this.dirs = dirs;
    this.listed = [...tree.keys()].sort();
  }

  /** One `git cat-file --batch` for every YAML file, instead of a process per file. */
  private prefetch(): void {
    this.batched = true;
    const wanted = [...this.tree!.entries()]
      .filter(
        ([path, blob]) => prefetched.test(path) && blob.size <= prefetchLimit && !this.cache.has(blob.oid),
      )
      .map(([, blob]) => blob.oid);
    const oids = [...new Set(wanted)];
    if (oids.length === 0) return;
    const run = runGit(this.repo.top, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
    if (!run.ok) return;
    parseBatch(run.stdout, (oid, bytes) => this.cache.set(oid, bytes));
  }
}

/** `git cat-file --batch` output: "<oid> <type> <size>\n<bytes>\n" per object, or "<oid> missing\n". */
export function parseBatch(out: Buffer, found: (oid: string, bytes: Uint8Array) => void): void {
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) return;
    const [oid, type, sizeText] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === 'missing' || !oid || sizeText === undefined) continue;
    const size = Number(sizeText);
    if (!Number.isFinite(size) || at + size > out.length) return;
    if (type === 'blob') found(oid, out.subarray(at, at + size));
    at += size + 1;
  }
}
