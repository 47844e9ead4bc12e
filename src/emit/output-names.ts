import { basename, dirname, join } from 'node:path';

/** The writer's staging folders and lock sit beside the output folder: `.<name>.govspec-<kind>`. */
export function siblingName(outDir: string, kind: 'tmp' | 'old' | 'lock'): string {
  return join(dirname(outDir), `.${basename(outDir)}.govspec-${kind}`);
}
