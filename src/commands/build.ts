import { join } from 'node:path';
import { Flags } from '@oclif/core';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { describeWrite, writeWithDiagnostics } from '../cli/build-output.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { terminalProgress } from '../cli/progress.js';
import { openWorkspace } from '../cli/workspace.js';
import { hasErrors } from '../core/diagnostics.js';
import { generate } from '../core/generate.js';
import { FsEmitCache } from '../emit/cache.js';
import { recoverOutput } from '../emit/writer.js';

export default class Build extends BaseCommand {
  static override description =
    'Generate every governance artefact into the output folder (default generated/). Writes atomically; unchanged files are not touched.';
  static override examples = [
    '<%= config.bin %> build',
    '<%= config.bin %> build --config path/to/govspec.config.yaml',
  ];
  static override flags = {
    'as-of': asOfFlag,
    verbose: Flags.boolean({ char: 'v', description: 'Also print warnings.', default: false }),
    cache: Flags.boolean({
      description:
        'Reuse per-integration output from .govspec-cache when its inputs are unchanged (--no-cache to regenerate everything).',
      default: true,
      allowNo: true,
    }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Build);
    const asOf = this.checkAsOf(flags['as-of']);
    const [ws, wsDiags] = openWorkspace(flags.config);
    if (!ws) {
      this.printDiagnostics(wsDiags, flags.quiet);
      this.exit(ExitCode.usage);
    }
    const progress = terminalProgress(flags.quiet);
    const cache = flags.cache ? new FsEmitCache(join(ws.host.root, '.govspec-cache', 'emit')) : undefined;
    const result = await generate({
      progress: progress.update,
      cache,
      host: ws.host,
      configFile: ws.configFile,
      asOf,
      fallbackAsOf: '',
      beforeRead: (output) => recoverOutput(ws.outputDir(output)),
    });
    progress.done();
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
    // Errors, and notices about the build itself (no source location, so validate cannot show
    // them: for example that diagrams were not rendered for want of a browser).
    const shown = flags.verbose
      ? diagnostics
      : diagnostics.filter((d) => d.severity === 'error' || d.location === undefined);
    if (shown.length > 0) this.printDiagnostics(shown, flags.quiet);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (warnings && !flags.verbose && !flags.quiet)
      this.log(`${warnings} warning${warnings === 1 ? '' : 's'} (run \`govspec validate\` to see them).`);
    if (report && !flags.quiet) this.log(describeWrite(report, config.output));
    if (hasErrors(diagnostics)) this.exit(ExitCode.errors);
  }
}
