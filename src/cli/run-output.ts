import type { Diagnostic } from '../core/diagnostics.js';
import { countBySeverity } from '../core/diagnostics.js';
import { isDate } from '../core/formats.js';
import { ExitCode } from './exit-codes.js';
import { stylish } from './format/stylish.js';

/** What to say of an --as-of that is not a date, or undefined when it is one. */
export function badAsOf(value: string | undefined): string | undefined {
  return value !== undefined && !isDate(value)
    ? `--as-of must be a date as YYYY-MM-DD, got "${value}".`
    : undefined;
}

/** Diagnostics on standard error, in the terminal format (only errors when quiet). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], quiet: boolean): void {
  const shown = quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0 || !quiet) process.stderr.write(stylish(shown));
}

/** The exit code for a run's diagnostics: 2 for a config problem, 1 for any error, else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], configProblem: boolean): number {
  if (configProblem) return ExitCode.usage;
  return countBySeverity(diagnostics).error > 0 ? ExitCode.errors : ExitCode.ok;
}
