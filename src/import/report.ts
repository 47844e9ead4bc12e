import { dirname, resolve } from 'node:path';
import { findConfig } from '../load/find-config.js';
import { renderSummaryText } from './render-summary.js';
import { exitCodeOf, type ImportSummary } from './summary.js';

/** Summary for stdout (text or JSON) and the exit code: 0 ok, 1 some input had errors. */
export function reportImport(summary: ImportSummary, json: boolean): { output: string; exitCode: number } {
  const output = json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummaryText(summary);
  return { output, exitCode: exitCodeOf(summary) };
}

/**
 * Drafts go to --out under the repository root (the folder of govspec.config.yaml, given or
 * found by walking up), or under the working folder when the repository has no config yet.
 */
export function outputFolder(out: string, configFile: string | undefined, cwd: string): string {
  const config = configFile ?? findConfig(cwd);
  return resolve(config ? dirname(config) : cwd, out);
}
