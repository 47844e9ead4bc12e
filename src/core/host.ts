import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isSafeRepoPath } from './formats.js';
import { isWithin, readRegularFile, readRegularFileNoFollow } from './safe-fs.js';
import { walkFiles } from './walk.js';
import type { ReadResult } from './safe-fs.js';

export type { ReadResult } from './safe-fs.js';

/** What a repository path is, seen through the host. */
export type PathKind = 'file' | 'folder' | 'missing' | 'outside' | 'other';

/** Read access to a repository: the working tree, or a git revision (see diff/). */
export interface Host {
  /** Absolute folder of the config file; every path below is relative to it, posix. */
  readonly root: string;
  /** True when the paths are the working tree on disk (not, say, a git revision). */
  readonly onDisk?: boolean;
  readFile(path: string): Uint8Array | undefined;
  /** Read with the reason when there are no bytes; at most `maxBytes` are read. */
  readChecked?(path: string, maxBytes?: number): ReadResult;
  /** What the path is (a link is followed, and is "outside" when it leads out of the repository). */
  kind?(path: string): PathKind;
  exists(path: string): boolean;
  /** Every file below root, sorted, skipping dependency, VCS and cache folders. */
  listFiles(): readonly string[];
  /** Links found while listing that lead outside the repository (never read). */
  outsideLinks?(): readonly string[];
  /** Folders whose files this host cannot read (a submodule at a git revision), with the reason. */
  unreadableFolders?(): ReadonlyArray<{ path: string; reason: string }>;
}

const skippedDirs = new Set(['node_modules', '.git', '.govspec-cache', 'dist']);

/** Folders no host lists: dependencies, VCS, caches, build output and the writer's staging folders. */
export function isSkippedDir(name: string): boolean {
  return skippedDirs.has(name) || name.startsWith('.generated') || /^\..+\.govspec-(?:tmp|old)$/.test(name);
}

export class FsHost implements Host {
  private files: string[] | undefined;
  private readonly outside: string[] = [];
  readonly onDisk = true;

  outsideLinks(): readonly string[] {
    this.listFiles();
    return this.outside;
  }

  constructor(
    readonly root: string,
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {}

  private realRoot: string | undefined;

  /** The real path of a repository file, or undefined when it (or a link on the way) leads outside. */
  private inside(path: string): string | undefined {
    const [real, where] = this.locate(path);
    return where === 'inside' ? real : undefined;
  }

  private locate(path: string): [string, 'inside' | 'outside' | 'missing'] {
    if (!isSafeRepoPath(path)) return ['', 'outside'];
    let real: string | undefined;
    try {
      this.realRoot ??= realpathSync.native(this.root);
      real = this.realPath(join(this.root, path));
    } catch {
      return ['', 'missing'];
    }
    if (real === undefined) return ['', 'missing'];
    return isWithin(this.realRoot, real) ? [real, 'inside'] : ['', 'outside'];
  }

  /** Real paths of the folders files were found in: each is resolved once, not once per file. */
  private readonly realFolders = new Map<string, string>();

  /**
   * Where `full` really leads, as realpath gives it: its folder's real path (kept), then the last
   * step, followed only when it is a link. Undefined when nothing is there (no exception for the
   * many paths that are simply missing).
   */
  private realPath(full: string): string | undefined {
    const candidate = this.inRealFolder(full, true);
    const st = candidate === undefined ? undefined : lstatSync(candidate, { throwIfNoEntry: false });
    if (!st || candidate === undefined) return undefined;
    return st.isSymbolicLink() ? realpathSync.native(candidate) : candidate;
  }

  /**
   * `full`'s last step in its folder's real path. The folder is resolved once and kept; until it
   * has been, undefined unless `resolve`. Undefined when the folder is not there.
   */
  private inRealFolder(full: string, resolve: boolean): string | undefined {
    const folder = dirname(full);
    let realFolder = this.realFolders.get(folder);
    if (realFolder === undefined) {
      if (!resolve || lstatSync(folder, { throwIfNoEntry: false }) === undefined) return undefined;
      realFolder = realpathSync.native(folder);
      this.realFolders.set(folder, realFolder);
    }
    return join(realFolder, basename(full));
  }

  /** Where `path` is, inside the repository, when its folder's real path is already known. */
  private inResolvedFolder(path: string): string | undefined {
    if (this.realRoot === undefined || !isSafeRepoPath(path)) return undefined;
    const candidate = this.inRealFolder(join(this.root, path), false);
    return candidate !== undefined && isWithin(this.realRoot, candidate) ? candidate : undefined;
  }

  readFile(path: string): Uint8Array | undefined {
    const read = this.readChecked(path);
    return 'bytes' in read ? read.bytes : undefined;
  }

  readChecked(path: string, maxBytes?: number): ReadResult {
    // Most reads are of a file in a folder already resolved: opened without following a link at
    // its last step, that needs no lstat of its own. A link, or a folder not yet seen, goes the
    // long way.
    const candidate = this.inResolvedFolder(path);
    const direct = candidate === undefined ? undefined : readRegularFileNoFollow(candidate, maxBytes);
    if (direct) return direct;
    const [real, where] = this.locate(path);
    if (where === 'missing') return { problem: 'missing', detail: 'no such file' };
    if (where === 'outside')
      return { problem: 'outside', detail: 'it leads outside the repository through a symbolic link' };
    return readRegularFile(real, maxBytes);
  }

  kind(path: string): PathKind {
    const [real, where] = this.locate(path);
    if (where !== 'inside') return where;
    try {
      const st = statSync(real);
      return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
    } catch {
      return 'missing';
    }
  }

  exists(path: string): boolean {
    return this.inside(path) !== undefined;
  }

  listFiles(): readonly string[] {
    if (this.files) return this.files;
    const out: string[] = [];
    walkFiles(this.root, {
      folder: (name, relPath) => !isSkippedDir(name) && !this.skip.has(relPath),
      file: (relPath) => out.push(relPath),
      link: (relPath, absPath) => {
        // A link is listed only when it points at a file inside the repository.
        try {
          if (!statSync(absPath).isFile()) return;
          if (this.inside(relPath)) out.push(relPath);
          else this.outside.push(relPath);
        } catch {
          /* dangling link: not a spec */
        }
      },
    });
    this.files = out.sort();
    return this.files;
  }
}
