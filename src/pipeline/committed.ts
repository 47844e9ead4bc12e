import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Host } from '../core/host.js';

/** The largest committed file read back (the hazard log of a very large estate stays well under). */
const maxCommittedBytes = 64 * 1024 * 1024;

/**
 * Reads files as they are committed at HEAD, by path relative to the config's folder. Undefined
 * outside a git repository, before the first commit, and for a file that never reached a commit:
 * what was only built or edited locally binds nothing. For a host that is itself a git revision
 * (not the working tree), the committed file is the revision's own.
 */
export function committedFiles(host: Host): (path: string) => Uint8Array | undefined {
  if (!host.onDisk) return (path) => (safePath(path) ? host.readFile(path) : undefined);
  const read = new Map<string, Uint8Array | undefined>();
  let repository: boolean | undefined;
  return (path) => {
    if (!safePath(path)) return undefined;
    // Outside any repository git is not asked at all (a process per file read, for nothing).
    repository ??= mayBeInRepository(host.root, process.env);
    if (!repository) return undefined;
    if (read.has(path)) return read.get(path);
    let bytes: Uint8Array | undefined;
    try {
      bytes = new Uint8Array(
        execFileSync('git', ['cat-file', 'blob', `HEAD:./${path}`], {
          cwd: host.root,
          stdio: ['ignore', 'pipe', 'ignore'],
          maxBuffer: maxCommittedBytes,
        }),
      );
    } catch {
      bytes = undefined;
    }
    read.set(path, bytes);
    return bytes;
  };
}

/** A plain relative path inside the repository: no absolute path, no `..`, no control characters. */
function safePath(path: string): boolean {
  return (
    path.length > 0 &&
    path.length < 1024 &&
    !path.startsWith('/') &&
    !/[\u0000-\u001f\u007f\\:]/.test(path) &&
    !path.split('/').some((s) => s === '..' || s === '')
  );
}

/**
 * Whether git could find a repository for `root`, looked for as git looks: a `.git` (folder or
 * file) in the folder or one above it, or the folder itself a git directory. With GIT_DIR or
 * GIT_WORK_TREE set, git is asked.
 */
export function mayBeInRepository(root: string, env: NodeJS.ProcessEnv): boolean {
  if (env.GIT_DIR !== undefined || env.GIT_WORK_TREE !== undefined) return true;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return true;
    if (dirname(dir) === dir) return false;
  }
}
