import { Command } from '@oclif/core/command';
import * as Flags from '@oclif/core/flags';
import type { Diagnostic } from '../core/diagnostics.js';
import './code-index.js';
import { ExitCode } from './exit-codes.js';
import { reportFailure } from './failure.js';
import { badAsOf, exitCodeFor, printDiagnostics } from './run-output.js';
import { guardStandardStreams } from './streams.js';
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
    const wrong = badAsOf(value);
    if (wrong) {
      this.logToStderr(wrong);
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
    printDiagnostics(diagnostics, quiet);
  }

  protected exitFor(diagnostics: readonly Diagnostic[], configProblem: boolean): never | void {
    const code = exitCodeFor(diagnostics, configProblem);
    if (code !== ExitCode.ok) this.exit(code);
  }

  protected override async init(): Promise<void> {
    guardStandardStreams();
    await super.init();
  }

  protected override async catch(err: Error & { oclif?: { exit?: number } }): Promise<unknown> {
    // Exit requests and flag/argument errors carry an oclif exit code; oclif prints just the message.
    if (err.oclif?.exit !== undefined) return super.catch(err);
    reportFailure(err);
    return undefined;
  }
}
