import { readRegularFile } from '../core/safe-fs.js';
import { loadConfig } from '../load/config.js';
import { guardTarget } from '../emit/output-guard.js';
import { replaceableZip } from '../emit/output-packs.js';
import type { Guarded, TargetContext } from '../emit/output-guard.js';

/**
 * Files a command writes where the user says (`evidence --out`): through the output guard, and
 * never over something that is not an earlier file of the same kind.
 */

/** The guarded --out path; an existing file there is replaced only if it is a zip (an earlier pack). */
export function packTarget(path: string, ctx: TargetContext): Guarded<string> {
  const target = guardTarget(path, ctx);
  if ('refused' in target) return target;
  const problem = replaceableZip(target.ok);
  return problem ? { refused: problem } : target;
}

export { writeReplacing } from '../core/replace-file.js';

/** The output setting of the config, when it can be read (only to keep drafts out of that folder). */
export function configuredOutput(config: string | undefined): string | undefined {
  if (!config) return undefined;
  const read = readRegularFile(config, 2 * 1024 * 1024);
  if (!('bytes' in read)) return undefined;
  return loadConfig(config, read.bytes)[0]?.output;
}
