import { asOfFlag, BaseCommand } from '../cli/base.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { generateFlags, generateFor, reportGenerated } from '../cli/generate-run.js';
import { hasErrors } from '../core/diagnostics.js';
import { checkOutput } from '../emit/writer.js';

export default class Check extends BaseCommand {
  static override description =
    'The CI gate: validate, then fail if the generated folder is not exactly what `govspec build` would write. Writes nothing.';
  static override examples = ['<%= config.bin %> check'];
  static override flags = { 'as-of': asOfFlag, ...generateFlags };

  async run(): Promise<void> {
    const { flags } = await this.parse(Check);
    const { ws, result } = await generateFor(this, flags, this.checkAsOf(flags['as-of']), false);
    const diagnostics = [...result.diagnostics];
    const config = result.compiled.config;
    if (result.files && config) {
      for (const s of checkOutput(ws.outputDir(config.output), result.files)) {
        const path = `${config.output}/${s.path}`;
        diagnostics.push(cliCodes['check-stale'].at({ file: path, line: 1, column: 1 }, path, s.kind));
      }
    }
    reportGenerated(this, diagnostics, flags);
    this.exitFor(diagnostics, result.compiled.configProblem);
    if (!result.files) this.exit(ExitCode.errors);
    if (!flags.quiet && !hasErrors(diagnostics)) this.log(`${config?.output ?? 'generated'}/ is up to date.`);
  }
}
