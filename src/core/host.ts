import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isSafeRepoPath } from './formats.js';

/** Read access to a repository: the working tree, or a git revision (see diff/). */
export interface Host {
  /** Absolute folder of the config file; every path below is relative to it, posix. */
  readonly root: string;
  readFile(path: string): Uint8Array | undefined;
  exists(path: string): boolean;
  /** Every file below root, sorted, skipping dependency, VCS and cache folders. */
  listFiles(): readonly string[];
  /** Links found while listing that lead outside the repository (never read). */
  outsideLinks?(): readonly string[];
}

const skippedDirs = new Set(['node_modules', '.git', '.govspec-cache', 'dist']);

/** Folders no host lists: dependencies, VCS, caches, build output and the writer's staging folders. */
export function isSkippedDir(name: string): boolean {
  return skippedDirs.has(name) || name.startsWith('.generated');
}

export class FsHost implements Host {
  private files: string[] | undefined;
  private readonly outside: string[] = [];

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
    if (!isSafeRepoPath(path)) return undefined;
    try {
      this.realRoot ??= realpathSync.native(this.root);
      const real = realpathSync.native(join(this.root, path));
      return real === this.realRoot || real.startsWith(this.realRoot + sep) ? real : undefined;
    } catch {
      return undefined;
    }
  }

  readFile(path: string): Uint8Array | undefined {
    const real = this.inside(path);
    if (!real) return undefined;
    try {
      return readFileSync(real);
    } catch {
      return undefined;
    }
  }

  exists(path: string): boolean {
    return this.inside(path) !== undefined && existsSync(join(this.root, path));
  }

  listFiles(): readonly string[] {
    if (this.files) return this.files;
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
        if (e.isDirectory()) {
          if (isSkippedDir(e.name) || this.skip.has(relPath)) continue;
          walk(join(dir, e.name), relPath);
        } else if (e.isFile()) {
          out.push(relPath);
        } else if (e.isSymbolicLink()) {
          // A link is listed only when it points at a file inside the repository.
          try {
            if (!statSync(join(dir, e.name)).isFile()) continue;
            if (this.inside(relPath)) out.push(relPath);
            else this.outside.push(relPath);
          } catch {
            /* dangling link: not a spec */
          }
        }
      }
    };
    walk(this.root, '');
    this.files = out.sort();
    return this.files;
  }
}
