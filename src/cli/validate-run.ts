import { compile } from '../pipeline/compile.js';
import './code-index.js';
import { ExitCode } from './exit-codes.js';
import { jsonReport } from './format/json.js';
import { sarif } from './format/sarif.js';
import { badAsOf, exitCodeFor, printDiagnostics } from './run-output.js';
import { safeText } from './terminal-text.js';
import { openWorkspace, today } from './workspace.js';

import type { ValidateOptions } from './validate-options.js';

/**
 * `govspec validate`: every spec and the config checked, the diagnostics printed in the format
 * asked for, and the exit code returned. The command and the direct start (bin/run.js) both run it.
 */
export function runValidate(options: ValidateOptions): number {
  const wrongDate = badAsOf(options.asOf);
  if (wrongDate) {
    process.stderr.write(`${safeText(wrongDate)}\n`);
    return ExitCode.usage;
  }
  const asOf = options.asOf ?? today();
  const [ws, wsDiags] = openWorkspace(options.config);
  const result = ws
    ? compile({ host: ws.host, configFile: ws.configFile, asOf, diagnosticsOnly: true })
    : undefined;
  const diagnostics = result?.diagnostics ?? wsDiags;
  if (options.format === 'json') {
    process.stdout.write(jsonReport(diagnostics, { specs: result?.specFiles.length ?? 0, asOf }));
  } else if (options.format === 'sarif') {
    process.stdout.write(sarif(diagnostics, ws?.configFile ?? 'govspec.config.yaml'));
  } else {
    printDiagnostics(diagnostics, options.quiet);
    if (!options.quiet && result) {
      const n = result.specFiles.length;
      process.stdout.write(`${safeText(`Checked ${n} spec${n === 1 ? '' : 's'} as of ${asOf}.`)}\n`);
    }
  }
  if (!ws) return ExitCode.usage;
  return exitCodeFor(diagnostics, result?.configProblem ?? true);
}
