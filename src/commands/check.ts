import { join } from 'node:path';
import { Flags } from '@oclif/core';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { terminalProgress } from '../cli/progress.js';
import { openWorkspace } from '../cli/workspace.js';
import { hasErrors } from '../core/diagnostics.js';
import { generate } from '../core/generate.js';
import { FsEmitCache } from '../emit/cache.js';
import { checkOutput } from '../emit/writer.js';

export default class Check extends BaseCommand {
  static override description =
    'The CI gate: validate, then fail if the generated folder is not exactly what `govspec build` would write. Writes nothing.';
  static override examples = ['<%= config.bin %> check'];
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
    const { flags } = await this.parse(Check);
    const asOf = this.checkAsOf(flags['as-of']);
    const [ws, wsDiags] = openWorkspace(flags.config);
    if (!ws) {
      this.printDiagnostics(wsDiags, flags.quiet);
      this.exit(ExitCode.usage);
    }
    const progress = terminalProgress(flags.quiet);
    const cache = flags.cache ? new FsEmitCache(join(ws.host.root, '.govspec-cache', 'emit')) : undefined;
    const result = await generate({
      host: ws.host,
      configFile: ws.configFile,
      asOf,
      fallbackAsOf: '',
      progress: progress.update,
      cache,
    });
    progress.done();
    const diagnostics = [...result.diagnostics];
    const config = result.compiled.config;
    if (result.files && config) {
      for (const s of checkOutput(ws.outputDir(config.output), result.files)) {
        const d = cliCodes['check-stale'].at(
          { file: `${config.output}/${s.path}`, line: 1, column: 1 },
          `${config.output}/${s.path}`,
          s.kind,
        );
        diagnostics.push(d);
      }
    }
    // Errors, and notices about the build itself (no source location, so validate cannot show
    // them: for example that diagrams were not rendered for want of a browser).
    const shown = flags.verbose
      ? diagnostics
      : diagnostics.filter((d) => d.severity === 'error' || d.location === undefined);
    if (shown.length > 0) this.printDiagnostics(shown, flags.quiet);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (warnings && !flags.verbose && !flags.quiet)
      this.log(`${warnings} warning${warnings === 1 ? '' : 's'} (run \`govspec validate\` to see them).`);
    this.exitFor(diagnostics, result.compiled.configProblem);
    if (!result.files) this.exit(ExitCode.errors);
    if (!flags.quiet && !hasErrors(diagnostics)) this.log(`${config?.output ?? 'generated'}/ is up to date.`);
  }
}
