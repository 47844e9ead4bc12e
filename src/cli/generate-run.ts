import * as Flags from '@oclif/core/flags';
import type { Diagnostic } from '../core/diagnostics.js';
import { generate } from '../pipeline/generate.js';
import type { GenerateResult } from '../pipeline/generate.js';
import type { GuardedOutput } from '../emit/output-guard.js';
import type { EmittedFile } from '../emit/types.js';
import { insideRepository } from '../core/safe-fs.js';
import { FsEmitCache } from '../emit/cache.js';
import { recoverOutput } from '../emit/writer.js';
import { writeFailure } from './build-output.js';
import type { BaseCommand } from './base.js';
import { changeHistory } from './change-history.js';
import { ExitCode } from './exit-codes.js';
import { terminalProgress } from './progress.js';
import { openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

/** Flags shared by the commands that generate the outputs (build, check, estate). */
export const generateFlags = {
  verbose: Flags.boolean({ char: 'v', description: 'Also print warnings.', default: false }),
  cache: Flags.boolean({
    description:
      'Reuse per-integration output from .govspec-cache when its inputs are unchanged (--no-cache to regenerate everything).',
    default: true,
    allowNo: true,
  }),
};

/** --base on build and check: the commit the change summaries compare with. */
export const baseFlag = Flags.string({
  description:
    'Git revision the documents\' "changes since the previous version" compare with (default: for each spec, the commit where its previous version was introduced). Give check the same --base as build.',
});

export interface Generated {
  ws: Workspace;
  result: GenerateResult;
  cache?: FsEmitCache;
  /** Problems finishing an interrupted earlier write (the caller must not write when there are any). */
  recovery: Diagnostic[];
}

/**
 * Open the workspace and generate everything, with progress on a terminal. Exits 2 when there is
 * no workspace. `write` says whether the caller will write the output folder (an interrupted
 * earlier write is then recovered first). Files are kept in memory, or, with `stream`, handed as
 * they are produced to the sink it opens on the output folder (a failure to open it is a
 * recovery problem: nothing may be written).
 */
export async function generateFor(
  command: BaseCommand & { printDiagnostics(d: readonly Diagnostic[], quiet: boolean): void },
  flags: { config?: string; quiet: boolean; cache?: boolean; base?: string },
  asOf: string | undefined,
  write: boolean,
  stream?: (output: GuardedOutput) => (file: EmittedFile) => void,
): Promise<Generated> {
  const [ws, wsDiags] = openWorkspace(flags.config);
  if (!ws) {
    command.printDiagnostics(wsDiags, flags.quiet);
    return command.exit(ExitCode.usage);
  }
  const history = changeHistory(ws.host.root, ws.configFile, flags.base);
  if (history.diagnostics.length > 0) {
    command.printDiagnostics(history.diagnostics, flags.quiet);
    return command.exit(ExitCode.usage);
  }
  const progress = terminalProgress(flags.quiet);
  // The cache is written and pruned: only where it really is inside the repository.
  const cacheDir = flags.cache === false ? undefined : insideRepository(ws.host.root, '.govspec-cache/emit');
  const cache = cacheDir ? new FsEmitCache(cacheDir, !write) : undefined;
  const recovery: Diagnostic[] = [];
  let sink: ((file: EmittedFile) => void) | undefined;
  const recover = (output: GuardedOutput) => {
    try {
      if (write) recoverOutput(output);
      if (stream) sink = stream(output);
    } catch (e) {
      // Turned into the same diagnostic the writer would give.
      recovery.push(...writeFailure(e, output, { root: ws.host.root }).diagnostics);
    }
  };
  const result = await generate({
    host: ws.host,
    configFile: ws.configFile,
    asOf,
    fallbackAsOf: '',
    progress: progress.update,
    amendAnalysis: history.amend,
    ...(cache ? { cache } : {}),
    ...(write || stream ? { beforeRead: recover } : {}),
    ...(write ? {} : { writesNothing: true }),
    ...(stream ? { sink: (file: EmittedFile) => sink?.(file) } : {}),
  });
  progress.done();
  return { ws, result, recovery, ...(cache ? { cache } : {}) };
}

/**
 * Errors, and notices about the build itself (no source location, so validate cannot show them:
 * for example that diagrams were not rendered for want of a browser); warnings are counted.
 */
export function reportGenerated(
  command: { printDiagnostics(d: readonly Diagnostic[], quiet: boolean): void; log(m: string): void },
  diagnostics: readonly Diagnostic[],
  flags: { verbose: boolean; quiet: boolean },
): void {
  const shown = flags.verbose
    ? diagnostics
    : diagnostics.filter(
        // The writer's notes are about this build's own files, so they always show.
        (d) => d.severity === 'error' || d.location === undefined || d.code.startsWith('write-'),
      );
  if (shown.length > 0) command.printDiagnostics(shown, flags.quiet);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (warnings && !flags.verbose && !flags.quiet)
    command.log(`${warnings} warning${warnings === 1 ? '' : 's'} (run \`govspec validate\` to see them).`);
}
