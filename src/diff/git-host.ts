import { join } from 'node:path';
import { isSafeRepoPath } from '../core/formats.js';
import type { Host, PathKind, ReadResult } from '../core/host.js';
import { isSkippedDir } from '../core/host.js';
import { runGit } from './git.js';
import { catBlobs, readTree, resolvePath } from './git-tree.js';
import type { GitTree } from './git-tree.js';
import type { Repo } from './repo.js';

export { parseBatch } from './git-tree.js';

/** Files read in one batch when first needed: specs and config are YAML and small. */
const prefetched = /\.ya?ml$/i;
const prefetchLimit = 4 * 1024 * 1024;

/**
 * A Host that reads one git revision: the tree from `git ls-tree`, file bytes from
 * `git cat-file`, so compile() runs on any commit with no checkout and no working-tree changes.
 * Paths are relative to the workspace root (the config folder), like FsHost's, and are read as
 * FsHost reads the working tree: a symbolic link to a file inside the workspace is that file, one
 * that leads outside is reported and never read, and a submodule's files are read from the
 * submodule at the commit the revision records (or named as unreadable).
 */
export class GitHost implements Host {
  readonly root: string;
  private tree: GitTree | undefined;
  private listed: string[] | undefined;
  private outside: string[] = [];
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

  outsideLinks(): readonly string[] {
    this.load();
    return this.outside;
  }

  /** Folders (submodules) whose files this revision's reader cannot see, with the reason. */
  unreadableFolders(): ReadonlyArray<{ path: string; reason: string }> {
    return this.load().unreadable;
  }

  exists(path: string): boolean {
    const kind = this.kind(path);
    return kind === 'file' || kind === 'folder';
  }

  kind(path: string): PathKind {
    if (!isSafeRepoPath(path)) return 'outside';
    const tree = this.load();
    const real = resolvePath(tree, path);
    if (real === 'outside') return 'outside';
    if (real === undefined) return 'missing';
    return tree.blobs.has(real) ? 'file' : 'folder';
  }

  readFile(path: string): Uint8Array | undefined {
    const read = this.readChecked(path);
    return 'bytes' in read ? read.bytes : undefined;
  }

  readChecked(path: string, maxBytes = Number.MAX_SAFE_INTEGER): ReadResult {
    const kind = this.kind(path);
    if (kind === 'outside')
      return { problem: 'outside', detail: 'it leads outside the repository through a symbolic link' };
    if (kind === 'missing') return { problem: 'missing', detail: 'no such file' };
    if (kind !== 'file') return { problem: 'not-a-file', detail: 'it is a folder' };
    const blob = this.tree!.blobs.get(resolvePath(this.tree!, path) as string)!;
    if (blob.size > maxBytes) return { problem: 'too-large', detail: `${blob.size} bytes`, size: blob.size };
    if (!this.batched) this.prefetch();
    const cached = this.cache.get(blob.oid);
    if (cached) return { bytes: cached };
    const run = runGit(blob.gitDir, ['cat-file', 'blob', blob.oid]);
    if (!run.ok) return { problem: 'unreadable', detail: `git could not read ${path} at this revision` };
    this.cache.set(blob.oid, run.stdout);
    return { bytes: run.stdout };
  }

  private load(): GitTree {
    if (this.tree) return this.tree;
    const tree = readTree(this.repo.top, this.commit, this.repo.prefix);
    const listed: string[] = [];
    const listable = (path: string) => !path.split('/').slice(0, -1).some(isSkippedDir);
    for (const path of tree.blobs.keys()) if (listable(path)) listed.push(path);
    // A link is listed (as the file it leads to) when it leads to a file inside the workspace.
    for (const path of tree.links.keys()) {
      if (!listable(path)) continue;
      const real = resolvePath(tree, path);
      if (real === 'outside') this.outside.push(path);
      else if (real !== undefined && tree.blobs.has(real)) listed.push(path);
    }
    this.tree = tree;
    this.listed = listed.sort();
    this.outside.sort();
    return tree;
  }

  /** One `git cat-file --batch` per repository for every YAML file, instead of a process per file. */
  private prefetch(): void {
    this.batched = true;
    const byRepo = new Map<string, Set<string>>();
    for (const [path, blob] of this.tree!.blobs) {
      if (!prefetched.test(path) || blob.size > prefetchLimit || this.cache.has(blob.oid)) continue;
      if (!byRepo.has(blob.gitDir)) byRepo.set(blob.gitDir, new Set());
      byRepo.get(blob.gitDir)!.add(blob.oid);
    }
    for (const [gitDir, oids] of byRepo)
      for (const [oid, bytes] of catBlobs(gitDir, [...oids])) this.cache.set(oid, bytes);
  }
}
