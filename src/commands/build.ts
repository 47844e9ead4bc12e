import { asOfFlag, BaseCommand } from '../cli/base.js';
import { describeWrite, writeWithDiagnostics } from '../cli/build-output.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { generateFlags, generateFor, reportGenerated } from '../cli/generate-run.js';
import { hasErrors } from '../core/diagnostics.js';

export default class Build extends BaseCommand {
  static override description =
    'Generate every governance artefact into the output folder (default generated/). Writes atomically; unchanged files are not touched.';
  static override examples = [
    '<%= config.bin %> build',
    '<%= config.bin %> build --config path/to/govspec.config.yaml',
  ];
  static override flags = { 'as-of': asOfFlag, ...generateFlags };

  async run(): Promise<void> {
    const { flags } = await this.parse(Build);
    const { ws, result, cache } = await generateFor(this, flags, this.checkAsOf(flags['as-of']), true);
    const diagnostics = [...result.diagnostics];
    const config = result.compiled.config;
    if (!result.files || !config) {
      if (!result.compiled.configProblem) diagnostics.push(cliCodes['build-not-run'].at(undefined));
      this.printDiagnostics(diagnostics, flags.quiet);
      this.exitFor(diagnostics, result.compiled.configProblem);
      this.exit(ExitCode.errors);
    }
    const [report, writeDiags] = writeWithDiagnostics(ws.outputDir(config.output), result.files);
    if (report) cache?.prune();
    diagnostics.push(...writeDiags);
    reportGenerated(this, diagnostics, flags);
    if (report && !flags.quiet) this.log(describeWrite(report, config.output));
    if (hasErrors(diagnostics)) this.exit(ExitCode.errors);
  }
}
