import { asOfFlag, BaseCommand } from '../cli/base.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { baseFlag, generateFlags, generateFor, reportGenerated } from '../cli/generate-run.js';
import { hasErrors } from '../core/diagnostics.js';
import { relative, sep } from 'node:path';
import { interruptedSwap, openOutputCheck, siblings } from '../emit/writer.js';
import type { OutputChecker } from '../emit/writer.js';

export default class Check extends BaseCommand {
  static override description =
    'The CI gate: validate, then fail if the generated folder is not exactly what `govspec build` would write. Writes nothing.';
  static override examples = ['<%= config.bin %> check'];
  static override flags = { 'as-of': asOfFlag, base: baseFlag, ...generateFlags };

  async run(): Promise<void> {
    const { flags } = await this.parse(Check);
    // Each file is compared with the folder as it is produced, never all held at once.
    const compared: { checker?: OutputChecker } = {};
    const { ws, result } = await generateFor(this, flags, this.checkAsOf(flags['as-of']), false, (out) => {
      const checker = openOutputCheck(out);
      compared.checker = checker;
      return (file) => checker.add(file);
    });
    const diagnostics = [...result.diagnostics];
    const config = result.compiled.config;
    const output = result.compiled.output;
    if (result.files && config && output) {
      const { name } = output;
      if (interruptedSwap(output) === 'set-aside') {
        const setAside = relative(ws.host.root, siblings(output.dir).old).split(sep).join('/');
        diagnostics.push(cliCodes['check-interrupted'].at(undefined, name, setAside));
      } else {
        // Without a checker nothing was compared: a fresh one fails on every file, never passes.
        const checker = compared.checker ?? openOutputCheck(output);
        for (const s of checker.finish()) {
          const path = `${name}/${s.path}`;
          diagnostics.push(cliCodes['check-stale'].at({ file: path, line: 1, column: 1 }, path, s.kind));
        }
      }
    }
    reportGenerated(this, diagnostics, flags);
    this.exitFor(diagnostics, result.compiled.configProblem);
    if (!result.files) this.exit(ExitCode.errors);
    if (!flags.quiet && !hasErrors(diagnostics)) this.log(`${output?.name ?? 'generated'}/ is up to date.`);
  }
}
