import { asOfFlag, BaseCommand } from '../cli/base.js';
import { describeWrite, writeWithDiagnostics } from '../cli/build-output.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { baseFlag, generateFlags, generateFor, reportGenerated } from '../cli/generate-run.js';
import { hasErrors } from '../core/diagnostics.js';
import { openOutput } from '../emit/writer.js';
import type { OutputWriter } from '../emit/writer.js';

export default class Build extends BaseCommand {
  static override description =
    'Generate every governance artefact into the output folder (default generated/). Writes atomically; unchanged files are not touched.';
  static override examples = [
    '<%= config.bin %> build',
    '<%= config.bin %> build --config path/to/govspec.config.yaml',
    '<%= config.bin %> build --base origin/main',
  ];
  static override flags = { 'as-of': asOfFlag, base: baseFlag, ...generateFlags };

  async run(): Promise<void> {
    const { flags } = await this.parse(Build);
    // Files go into the writer's staging folder as they are produced, never all held at once.
    const staged: { writer?: OutputWriter } = {};
    const { ws, result, cache, recovery } = await generateFor(
      this,
      flags,
      this.checkAsOf(flags['as-of']),
      true,
      (output) => {
        const writer = openOutput(output);
        staged.writer = writer;
        return (file) => writer.add(file);
      },
    );
    const writer = staged.writer;
    const diagnostics = [...result.diagnostics, ...recovery];
    const config = result.compiled.config;
    const output = result.compiled.output;
    if (!result.files || !config || !output || !writer || recovery.length > 0) {
      writer?.abort();
      if (!result.compiled.configProblem && recovery.length === 0)
        diagnostics.push(cliCodes['build-not-run'].at(undefined));
      this.printDiagnostics(diagnostics, flags.quiet);
      this.exitFor(diagnostics, result.compiled.configProblem || recovery.length > 0);
      this.exit(ExitCode.errors);
    }
    const written = writeWithDiagnostics(output, () => writer.finish(), {
      root: ws.host.root,
      config: result.compiled.sources.config('/output'),
    });
    if (written.report) cache?.prune();
    diagnostics.push(...written.diagnostics);
    reportGenerated(this, diagnostics, flags);
    if (written.report && !flags.quiet) this.log(describeWrite(written.report, output.name));
    if (written.refused) this.exit(ExitCode.usage);
    if (hasErrors(diagnostics)) this.exit(ExitCode.errors);
  }
}
