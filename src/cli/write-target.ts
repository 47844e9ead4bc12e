import { lstatSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { readHead, readRegularFile } from '../core/safe-fs.js';
import { loadConfig } from '../load/config.js';
import { guardTarget } from '../emit/output-guard.js';
import type { Guarded, TargetContext } from '../emit/output-guard.js';

/**
 * Files a command writes where the user says (`evidence --out`): through the output guard, and
 * never over something that is not an earlier file of the same kind.
 */

/** The guarded --out path; an existing file there is replaced only if it is a zip (an earlier pack). */
export function packTarget(path: string, ctx: TargetContext): Guarded<string> {
  const target = guardTarget(path, ctx);
  if ('refused' in target) return target;
  try {
    const st = lstatSync(target.ok);
    if (!st.isFile()) return { refused: 'something other than a file is there' };
    const bytes = readHead(target.ok, 2) ?? new Uint8Array();
    if (bytes.length > 0 && !(bytes[0] === 0x50 && bytes[1] === 0x4b))
      return { refused: 'a file that is not a zip is there, and govspec does not replace it' };
  } catch {
    /* nothing there yet */
  }
  return target;
}

/** Write beside the target (never through a link planted at the temporary name), then rename over it. */
export function writeReplacing(path: string, bytes: Uint8Array): string | undefined {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
    return undefined;
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      /* not created */
    }
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

/** The output setting of the config, when it can be read (only to keep drafts out of that folder). */
export function configuredOutput(config: string | undefined): string | undefined {
  if (!config) return undefined;
  const read = readRegularFile(config, 2 * 1024 * 1024);
  if (!('bytes' in read)) return undefined;
  return loadConfig(config, read.bytes)[0]?.output;
}
