import { execFileSync } from 'node:child_process';
import type { Host } from '../core/host.js';

/**
 * Reads what the last build produced, relative to the output folder: the file on disk, or when
 * it is not there (a clean build: `rm -rf generated`), the copy committed at HEAD. What a build
 * carries over from its predecessor (hazard continuity, DPIA history, diagram renderings) then
 * comes from the reviewed output whatever the state of the folder, so a clean build of a fresh
 * clone gives the committed bytes.
 */
export function previousOutput(host: Host, output: string): (path: string) => Uint8Array | undefined {
  const folder = output.replace(/\/+$/, '');
  let committed: Set<string> | undefined;
  return (path) => {
    const local = host.readFile(`${folder}/${path}`);
    if (local) return local;
    committed ??= listCommitted(host.root, folder);
    if (!committed.has(path)) return undefined;
    try {
      return new Uint8Array(
        execFileSync('git', ['cat-file', 'blob', `HEAD:./${folder}/${path}`], {
          cwd: host.root,
          stdio: ['ignore', 'pipe', 'ignore'],
          maxBuffer: 256 * 1024 * 1024,
        }),
      );
    } catch {
      return undefined;
    }
  };
}

/** Files of the output folder committed at HEAD, relative to it; none outside a repository. */
function listCommitted(root: string, folder: string): Set<string> {
  try {
    const out = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', `${folder}/`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const prefix = `${folder}/`;
    return new Set(
      out
        .split('\0')
        .filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length)),
    );
  } catch {
    return new Set();
  }
}
