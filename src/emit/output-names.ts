import { basename, dirname, join } from 'node:path';

/** The writer's staging folders and lock sit beside the output folder: `.<name>.govspec-<kind>`. */
export function siblingName(outDir: string, kind: 'tmp' | 'old' | 'lock'): string {
  return join(dirname(outDir), `.${basename(outDir)}.govspec-${kind}`);
}

/**
 * The sub-folder of the output folder reserved for evidence packs (`govspec evidence`). No
 * emitter writes there; `build` carries it across each swap as it is, and `check` ignores it.
 */
export const packFolder = 'evidence';

/** True for the pack folder and every path below it (paths relative to the output folder). */
export function inPackFolder(path: string): boolean {
  return path === packFolder || path.startsWith(`${packFolder}/`);
}

/** Why a name may not be a pack's in the pack folder; undefined when it may. */
export function packNameProblem(name: string): string | undefined {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*\.zip$/.test(name)
    ? undefined
    : `a pack in the output folder's ${packFolder}/ folder must be a plain file name ending in .zip`;
}
