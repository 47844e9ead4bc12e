import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a walk of a folder does with what it meets; paths are posix, relative to the root. */
export interface WalkVisitor {
  /** Whether to go into a folder (default: every one). */
  folder?(name: string, relPath: string): boolean;
  file(relPath: string): void;
  /** A symbolic link, never followed by the walk itself (default: passed over). */
  link?(relPath: string, absPath: string): void;
}

/** Every entry below `root`, depth first; a folder that cannot be read is passed over. */
export function walkFiles(root: string, visit: WalkVisitor): void {
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
        if (visit.folder?.(e.name, relPath) !== false) walk(join(dir, e.name), relPath);
      } else if (e.isFile()) visit.file(relPath);
      else if (e.isSymbolicLink()) visit.link?.(relPath, join(dir, e.name));
    }
  };
  walk(root, '');
}
