import { lstatSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeReplacing } from '../core/replace-file.js';
import { readHead, realDestination } from '../core/safe-fs.js';
import type { GuardedOutput } from './output-guard.js';
import { acquireLock } from './output-lock.js';
import { OutputRefusedError } from './output-errors.js';
import { recover } from './output-swap.js';
import { packFolder, packNameProblem } from './output-names.js';

/**
 * Evidence packs in the output folder's pack folder (`<output>/evidence/`): written under the
 * output folder's lock, so never during a build's swap, atomically (a temporary file renamed over
 * the pack), and never through a link. Builds carry the folder as it is (see the writer).
 */

/** Why a file there may not be replaced by a pack; undefined when nothing is there or it is a zip. */
export function replaceableZip(path: string): string | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined;
  }
  if (!st.isFile()) return 'something other than a file is there';
  const bytes = readHead(path, 2) ?? new Uint8Array();
  if (bytes.length > 0 && !(bytes[0] === 0x50 && bytes[1] === 0x4b))
    return 'a file that is not a zip is there, and govspec does not replace it';
  return undefined;
}

/** Where a pack of this name goes in an output folder (real path; nothing checked). */
export function packPath(out: GuardedOutput, name: string): string {
  return join(out.dir, packFolder, name);
}

export type PackWrite = { ok: string } | { refused: string } | { failed: string };

const tempPattern = /^\..+\.zip\.\d+\.tmp$/;

/**
 * Write a pack into the pack folder. Throws OutputRefusedError when a build holds the lock
 * ('busy') or an interrupted build's folders cannot be removed ('leftover'); returns a refusal
 * when the pack folder or the file there is not what govspec puts there (nothing written).
 */
export function writePack(out: GuardedOutput, name: string, bytes: Uint8Array): PackWrite {
  const nameProblem = packNameProblem(name);
  if (nameProblem) return { refused: nameProblem };
  mkdirSync(dirname(out.dir), { recursive: true });
  const lock = acquireLock(out.dir);
  if (typeof lock === 'string') throw new OutputRefusedError('busy', [lock]);
  try {
    // A swap a killed build left half-done is finished first: the pack must land in the output
    // folder that stays, not in one about to be replaced by the set-aside copy.
    recover(out.dir);
    const folder = join(out.dir, packFolder);
    const notFolder = {
      refused: `${packFolder}/ in the output folder is not a folder (a symbolic link or a file)`,
    };
    try {
      if (!lstatSync(folder).isDirectory()) return notFolder;
    } catch {
      try {
        mkdirSync(folder, { recursive: true });
      } catch (e) {
        return { failed: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
      }
    }
    if (realDestination(folder) !== folder) return notFolder;
    const target = join(folder, name);
    const problem = replaceableZip(target);
    if (problem) return { refused: problem };
    // Under the lock no other govspec run writes here: a temporary file is one a killed run left.
    for (const e of readdirSync(folder, { withFileTypes: true }))
      if (e.isFile() && tempPattern.test(e.name)) unlinkSync(join(folder, e.name));
    const failure = writeReplacing(target, bytes, join(folder, `.${name}.${process.pid}.tmp`));
    return failure ? { failed: failure } : { ok: target };
  } finally {
    lock.release();
  }
}
