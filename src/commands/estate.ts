import * as Flags from '@oclif/core/flags';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { describeWrite, writeWithDiagnostics } from '../cli/build-output.js';
import { cliCodes } from '../cli/codes.js';
import { ExitCode } from '../cli/exit-codes.js';
import { generateFor } from '../cli/generate-run.js';
import { hasErrors } from '../core/diagnostics.js';
import { estateHtmlPath } from '../emit/estate/estate-html.js';
import { estateSummaryJson, estateSummaryText } from '../emit/estate/estate-summary.js';
import { estateView } from '../emit/estate/estate-view.js';
import { estateXlsxPath } from '../emit/estate/estate-xlsx.js';

/**
 * The estate map. govspec's one writer owns the whole output folder (it removes files no emitter
 * produced), so `estate` builds everything as `build` does and then prints the map's summary;
 * --no-write prints the summary and writes nothing: like `check`, it takes unchanged parts from
 * the cache a build left and adds nothing to it.
 */
export default class Estate extends BaseCommand {
  static override description =
    'Build the outputs (as `build` does) and print the estate map summary: blanks by field, engines, integrations nobody owns and the top of the roadmap. The full map is generated/estate.md, generated/estate/estate.xlsx and generated/estate/index.html.';
  static override examples = [
    '<%= config.bin %> estate',
    '<%= config.bin %> estate --no-write',
    '<%= config.bin %> estate --json --no-write',
  ];
  static override flags = {
    'as-of': asOfFlag,
    write: Flags.boolean({
      description: 'Write the output folder, as build does (--no-write only prints the summary).',
      default: true,
      allowNo: true,
    }),
    json: Flags.boolean({ description: 'Print the summary as JSON.', default: false }),
    top: Flags.integer({ description: 'Roadmap items to print.', default: 10, min: 0 }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Estate);
    const asOf = this.checkAsOf(flags['as-of']);
    const { ws, result, recovery } = await generateFor(this, flags, asOf, flags.write);
    const diagnostics = [...result.diagnostics, ...recovery];
    const config = result.compiled.config;
    const estate = result.compiled.estate;
    const output = result.compiled.output;
    if (!result.files || !config || !estate || !output || recovery.length > 0) {
      if (!result.compiled.configProblem && recovery.length === 0)
        diagnostics.push(cliCodes['build-not-run'].at(undefined));
      this.printDiagnostics(diagnostics, flags.quiet);
      this.exitFor(diagnostics, result.compiled.configProblem || recovery.length > 0);
      this.exit(ExitCode.errors);
    }
    let written = '';
    let refused = false;
    if (flags.write) {
      const outcome = writeWithDiagnostics(output, result.files, {
        root: ws.host.root,
        config: result.compiled.sources.config('/output'),
      });
      diagnostics.push(...outcome.diagnostics);
      refused = outcome.refused;
      if (outcome.report)
        written = `${describeWrite(outcome.report, output.name)} The map: ${output.name}/estate.md, ${output.name}/${estateXlsxPath}, ${output.name}/${estateHtmlPath}.\n`;
    }
    this.printDiagnostics(
      diagnostics.filter((d) => d.severity === 'error'),
      true,
    );
    const view = estateView(estate, asOf ?? result.build?.date ?? '', result.build?.commit);
    if (flags.json) this.print(estateSummaryJson(view), 'json');
    else this.print(estateSummaryText(view, flags.top), 'text');
    if (written && !flags.quiet && !flags.json) this.print(`\n${written}`, 'text');
    if (refused) this.exit(ExitCode.usage);
    if (hasErrors(diagnostics)) this.exit(ExitCode.errors);
  }
}
