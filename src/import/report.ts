import { renderSummaryText } from './render-summary.js';
import { exitCodeOf, type ImportSummary } from './summary.js';

/** Text or JSON for the terminal, and the exit code: 0 ok, 1 some input had errors. */
export function reportImport(summary: ImportSummary, json: boolean): { output: string; exitCode: number } {
  const output = json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryText(summary);
  return { output, exitCode: exitCodeOf(summary) };
}
