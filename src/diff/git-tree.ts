import { join, posix } from 'node:path';
import { runGit } from './git.js';

/**
 * The files of one revision as the working tree would show them: blobs, symbolic links (kept as
 * their target text, resolved like realpath inside the tree) and submodules (read from the
 * submodule's own repository at the commit the revision records). What cannot be read (a
 * submodule that is not checked out, a commit not fetched) is named, never silently left out.
 */

export interface Blob {
  oid: string;
  size: number;
  /** The repository that holds the object (the superproject or a submodule's work tree). */
  gitDir: string;
}

export interface GitTree {
  /** Regular files, by path relative to the tree's root. */
  blobs: Map<string, Blob>;
  /** Symbolic links: path → target as stored. */
  links: Map<string, string>;
  dirs: Set<string>;
  /** Folders whose files could not be read, with the reason. */
  unreadable: Array<{ path: string; reason: string }>;
}

const maxSubmoduleDepth = 4;
const maxLinkHops = 40;

/** ls-tree -r of `commit` in `gitDir`, restricted to `prefix` (which is cut from the paths). */
export function readTree(gitDir: string, commit: string, prefix: string): GitTree {
  const tree: GitTree = { blobs: new Map(), links: new Map(), dirs: new Set(), unreadable: [] };
  addTree(tree, gitDir, commit, prefix, '', 0);
  return tree;
}

function addTree(
  tree: GitTree,
  gitDir: string,
  commit: string,
  prefix: string,
  mount: string,
  depth: number,
) {
  const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', commit];
  if (prefix) args.push('--', prefix);
  const run = runGit(gitDir, args);
  // The commit was resolved before the tree was asked for; an unreadable tree reads as empty.
  const out = run.ok ? run.stdout.toString('utf8') : '';
  const linkOids = new Map<string, string>();
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const full = record.slice(tab + 1);
    if (!oid || !full.startsWith(prefix)) continue;
    const path = mount + full.slice(prefix.length);
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) tree.dirs.add(segments.slice(0, i).join('/'));
    if (type === 'blob' && mode === '120000') linkOids.set(path, oid);
    else if (type === 'blob') tree.blobs.set(path, { oid, size: Number(size) || 0, gitDir });
    else if (type === 'commit') {
      tree.dirs.add(path);
      addSubmodule(tree, join(gitDir, full), oid, `${path}/`, depth + 1, path);
    }
  }
  if (linkOids.size > 0) {
    const targets = catBlobs(gitDir, [...new Set(linkOids.values())]);
    for (const [path, oid] of linkOids) {
      const target = targets.get(oid);
      if (target !== undefined) tree.links.set(path, Buffer.from(target).toString('utf8'));
    }
  }
}

function addSubmodule(
  tree: GitTree,
  dir: string,
  commit: string,
  mount: string,
  depth: number,
  path: string,
) {
  if (depth > maxSubmoduleDepth) {
    tree.unreadable.push({ path, reason: 'submodules are nested too deeply' });
    return;
  }
  // The folder must be the submodule's own work tree; otherwise git would answer for the outer repository.
  const top = runGit(dir, ['rev-parse', '--show-toplevel']);
  const own = runGit(dir, ['rev-parse', '--show-prefix']);
  if (!top.ok || !own.ok || own.stdout.toString('utf8').trim() !== '') {
    tree.unreadable.push({ path, reason: 'it is a git submodule that is not checked out here' });
    return;
  }
  const has = runGit(dir, ['cat-file', '-e', `${commit}^{commit}`]);
  if (!has.ok) {
    tree.unreadable.push({
      path,
      reason: `it is a git submodule whose commit ${commit.slice(0, 12)} is not fetched`,
    });
    return;
  }
  addTree(tree, dir, commit, '', mount, depth);
}

/** Several objects in one `git cat-file --batch`. */
export function catBlobs(gitDir: string, oids: readonly string[]): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  if (oids.length === 0) return found;
  const run = runGit(gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  if (run.ok) parseBatch(run.stdout, (oid, bytes) => found.set(oid, bytes));
  return found;
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

/**
 * Where a path leads inside the tree, links followed at every step like realpath: the path of a
 * blob or folder, "outside" when a link leaves the tree (absolute, or climbing above its root),
 * or undefined when it leads nowhere (missing, dangling, a loop).
 */
export function resolvePath(tree: GitTree, path: string): string | 'outside' | undefined {
  let pending = path.split('/').filter((s) => s !== '' && s !== '.');
  const done: string[] = [];
  let hops = 0;
  while (pending.length > 0) {
    const segment = pending.shift()!;
    if (segment === '..') {
      if (done.length === 0) return 'outside';
      done.pop();
      continue;
    }
    done.push(segment);
    const here = done.join('/');
    const target = tree.links.get(here);
    if (target === undefined) continue;
    if (++hops > maxLinkHops) return undefined;
    if (target.startsWith('/') || /^[A-Za-z]:/.test(target) || target.includes('\\')) return 'outside';
    done.pop();
    pending = [...target.split('/'), ...pending];
  }
  const result = posix.normalize(done.join('/'));
  if (tree.blobs.has(result) || tree.dirs.has(result)) return result;
  return undefined;
}
