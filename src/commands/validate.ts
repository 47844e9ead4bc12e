import * as Flags from '@oclif/core/flags';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { jsonReport } from '../cli/format/json.js';
import { sarif } from '../cli/format/sarif.js';
import { openWorkspace, today } from '../cli/workspace.js';
import { compile } from '../pipeline/compile.js';
import { ExitCode } from '../cli/exit-codes.js';

export default class Validate extends BaseCommand {
  static override description =
    'Check every spec and the config: schema, formats, readiness and governance rules.';
  static override examples = [
    '<%= config.bin %> validate',
    '<%= config.bin %> validate --format sarif > govspec.sarif',
    '<%= config.bin %> validate --as-of 2026-12-31 --format json',
  ];
  static override flags = {
    format: Flags.string({
      char: 'f',
      options: ['stylish', 'json', 'sarif'],
      default: 'stylish',
      description: 'Output format.',
    }),
    'as-of': asOfFlag,
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Validate);
    const asOf = this.checkAsOf(flags['as-of']) ?? today();
    const [ws, wsDiags] = openWorkspace(flags.config);
    const result = ws
      ? compile({ host: ws.host, configFile: ws.configFile, asOf, diagnosticsOnly: true })
      : undefined;
    const diagnostics = result?.diagnostics ?? wsDiags;
    if (flags.format === 'json') {
      process.stdout.write(jsonReport(diagnostics, { specs: result?.specFiles.length ?? 0, asOf }));
    } else if (flags.format === 'sarif') {
      process.stdout.write(sarif(diagnostics, ws?.configFile ?? 'govspec.config.yaml'));
    } else {
      this.printDiagnostics(diagnostics, flags.quiet);
      if (!flags.quiet && result)
        this.log(
          `Checked ${result.specFiles.length} spec${result.specFiles.length === 1 ? '' : 's'} as of ${asOf}.`,
        );
    }
    if (!ws) this.exit(ExitCode.usage);
    this.exitFor(diagnostics, result?.configProblem ?? true);
  }
}
