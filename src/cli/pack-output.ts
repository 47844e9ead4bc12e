import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { writeReplacing } from '../core/replace-file.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import { packFolder } from '../emit/output-names.js';
import { packPath, writePack } from '../emit/output-packs.js';
import { shown, writeFailure } from './build-output.js';
import { cliCodes } from './codes.js';
import { ExitCode } from './exit-codes.js';

type Exit = (typeof ExitCode)[keyof typeof ExitCode];

export type PackOutcome = { wrote: string } | { diagnostics: Diagnostic[]; exit: Exit };

/** The name a pack gets in the output folder's pack folder. */
export const packName = (edition: string) => `govspec-evidence-${edition}.zip`;

/**
 * Put an evidence pack where it goes: without --out in the output folder's pack folder, through
 * the pack writer (the output folder's lock, a temporary file renamed, no links); with --out (a
 * path the target guard passed) there, by the pack writer too when it names the pack folder.
 * `wrote` is the path as shown to the user.
 */
export function savePack(
  bytes: Uint8Array,
  where: { root: string; output?: GuardedOutput | undefined; out?: string; edition: string },
): PackOutcome {
  const { root, output } = where;
  if (where.out !== undefined && (!output || dirname(where.out) !== join(output.dir, packFolder))) {
    const failure = writeReplacing(where.out, bytes);
    if (!failure) return { wrote: shown(root, where.out) };
    return {
      diagnostics: [cliCodes['write-failed-file'].at(undefined, where.out, failure)],
      exit: ExitCode.errors,
    };
  }
  const name = where.out !== undefined ? basename(where.out) : packName(where.edition);
  if (!output) {
    const reason = 'the output folder was refused (see the problems above)';
    return {
      diagnostics: [cliCodes['write-pack-refused'].at(undefined, name, reason)],
      exit: ExitCode.usage,
    };
  }
  const shownPath = shown(root, packPath(output, name));
  try {
    const w = writePack(output, name, bytes);
    if ('ok' in w) return { wrote: shown(root, w.ok) };
    if ('refused' in w)
      return {
        diagnostics: [cliCodes['write-pack-refused'].at(undefined, shownPath, w.refused)],
        exit: ExitCode.usage,
      };
    return {
      diagnostics: [cliCodes['write-failed-file'].at(undefined, shownPath, w.failed)],
      exit: ExitCode.errors,
    };
  } catch (e) {
    const outcome = writeFailure(e, output, { root });
    return { diagnostics: outcome.diagnostics, exit: outcome.refused ? ExitCode.usage : ExitCode.errors };
  }
}
