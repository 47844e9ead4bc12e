import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const configFileName = 'govspec.config.yaml';

/** Walk up from `from` to the filesystem root looking for govspec.config.yaml. */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
