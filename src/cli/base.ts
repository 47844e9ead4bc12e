import { Command } from '@oclif/core/command';
import * as Flags from '@oclif/core/flags';
import type { Diagnostic } from '../core/diagnostics.js';
import { countBySeverity } from '../core/diagnostics.js';
import { isDate } from '../core/formats.js';
import './code-index.js';
import { ExitCode } from './exit-codes.js';
import { stylish } from './format/stylish.js';
import { cliCodes } from './codes.js';
import { guardStandardStreams, isStreamWriteError, standardOutputFailed } from './streams.js';
import { ciSafeLines, jsonText, safeText } from './terminal-text.js';

export const asOfFlag = Flags.string({
  description:
    'Date that "today" means for date-relative checks such as review overdue (YYYY-MM-DD). Default: today for validate, the build date for generated files.',
});

/** Shared flags and output for every govspec command. Commands stay thin: flags in, pipeline, render, exit code. */
export abstract class BaseCommand extends Command {
  static override baseFlags = {
    config: Flags.string({
      char: 'c',
      description: 'Path to govspec.config.yaml (default: found by walking up from the current folder).',
    }),
    quiet: Flags.boolean({ char: 'q', description: 'Print only errors.', default: false }),
  };

  /** Validate a --as-of value; exits 2 on a bad date. */
  protected checkAsOf(value: string | undefined): string | undefined {
    if (value !== undefined && !isDate(value)) {
      this.logToStderr(`--as-of must be a date as YYYY-MM-DD, got "${value}".`);
      this.exit(ExitCode.usage);
    }
    return value;
  }

  /** Every line printed is made inert for terminals and CI logs (it may carry spec text). */
  override log(message = '', ...args: unknown[]): void {
    super.log(safeText(message), ...args);
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    super.logToStderr(safeText(message), ...args);
  }

  /** Standard output: text and Markdown made safe for CI logs, JSON with hidden controls escaped. */
  protected print(text: string, kind: 'text' | 'markdown' | 'json'): void {
    process.stdout.write(
      kind === 'json' ? jsonText(text) : kind === 'markdown' ? ciSafeLines(text, 'markdown') : safeText(text),
    );
  }

  printDiagnostics(diagnostics: readonly Diagnostic[], quiet: boolean): void {
    const shown = quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length > 0 || !quiet) process.stderr.write(stylish(shown));
  }

  protected exitFor(diagnostics: readonly Diagnostic[], configProblem: boolean): never | void {
    if (configProblem) this.exit(ExitCode.usage);
    if (countBySeverity(diagnostics).error > 0) this.exit(ExitCode.errors);
  }

  protected override async init(): Promise<void> {
    guardStandardStreams();
    await super.init();
  }

  protected override async catch(err: Error & { oclif?: { exit?: number } }): Promise<unknown> {
    // Exit requests and flag/argument errors carry an oclif exit code; oclif prints just the message.
    if (err.oclif?.exit !== undefined) return super.catch(err);
    // A file-system failure nothing else caught is still the user's to fix, not a govspec bug.
    const sys = err as NodeJS.ErrnoException;
    if (isStreamWriteError(sys)) standardOutputFailed(sys);
    if (typeof sys.code === 'string' && /^E[A-Z]+$/.test(sys.code) && typeof sys.syscall === 'string') {
      const reason = `${sys.code}: ${(sys.message.split('\n')[0] ?? '').replace(/^E[A-Z]+: /, '')}`;
      process.stderr.write(
        stylish([
          cliCodes['file-system-error'].at(undefined, sys.syscall, sys.path ?? '(unknown path)', reason),
        ]),
      );
      process.exitCode = ExitCode.errors;
      return undefined;
    }
    process.stderr.write(
      `govspec: internal error: ${err.message}\nNothing was written. Please report this with the command you ran.\n`,
    );
    if (process.env.GOVSPEC_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
    process.exitCode = 70;
    return undefined;
  }
}
