import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesBelow } from './output-files.js';

/**
 * A digest of govspec's own installed code: the compiled JavaScript under dist/, the bundled
 * templates and the schemas. The build cache is keyed on it, so a cached output is never reused
 * by a govspec whose code differs, even when the package version is the same.
 */

/** The installed package: two folders above this module (dist/emit or, in tests, src/emit). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What is hashed, as folders of the package and the names they contribute. */
const parts: ReadonlyArray<{ folder: string; keep: (name: string) => boolean }> = [
  // dist/bundle holds the same code as the rest of dist/, bundled: hashing it again adds nothing
  { folder: 'dist', keep: (name) => name.endsWith('.js') && !name.startsWith('bundle/') },
  { folder: 'templates', keep: () => true },
  { folder: 'schemas', keep: () => true },
];

/** SHA-256 over every hashed file's name, size and bytes, in sorted order. */
export function computeCodeDigest(root: string): string {
  const h = createHash('sha256');
  for (const { folder, keep } of parts) {
    for (const rel of filesBelow(join(root, folder), keep)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(root, folder, rel));
      } catch {
        continue;
      }
      h.update(`${folder}/${rel}\0${bytes.length}\0`);
      h.update(bytes);
    }
  }
  return h.digest('hex');
}

const memo = new Map<string, string>();

/** The digest of the installed package, computed once per process. */
export function codeDigest(root: string = packageRoot): string {
  let digest = memo.get(root);
  if (digest === undefined) {
    digest = computeCodeDigest(root);
    memo.set(root, digest);
  }
  return digest;
}
