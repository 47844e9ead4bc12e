import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../../cli/base.js';
import { ExitCode } from '../../cli/exit-codes.js';
import { openWorkspace, today } from '../../cli/workspace.js';
import { readRegularFile } from '../../core/safe-fs.js';
import { decisionCodes } from '../../decisions/codes.js';
import { planImport } from '../../decisions/import.js';
import { workbookLimits } from '../../decisions/workbook-read.js';
import { writeSpecs } from '../../decisions/write-specs.js';

export default class DecisionsImport extends BaseCommand {
  static override description =
    'Write the decisions entered in the hazard log workbook (Decisions sheet) or the privacy risk register workbook (Privacy risks sheet) into the specs, keeping each file as written, and print the change as a diff. Refuses the whole workbook, changing nothing, when it comes from a different build or a cell holds a value that cannot be used.';
  static override examples = [
    '<%= config.bin %> decisions import generated/clinical-safety/hazard-log.xlsx',
    '<%= config.bin %> decisions import ~/Downloads/hazard-log.xlsx --dry-run',
    '<%= config.bin %> decisions import generated/privacy/risk-register.xlsx',
  ];
  static override args = {
    workbook: Args.string({
      description: 'The hazard log or privacy risk register workbook (.xlsx) with decisions entered.',
      required: true,
    }),
  };
  static override flags = {
    'dry-run': Flags.boolean({ description: 'Print the diff only; change no spec.', default: false }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(DecisionsImport);
    const [ws, wsDiags] = openWorkspace(flags.config);
    if (!ws) {
      this.printDiagnostics(wsDiags, flags.quiet);
      this.exit(ExitCode.usage);
    }
    const read = readRegularFile(args.workbook, workbookLimits.maxBytes);
    if (!('bytes' in read)) {
      const why = read.problem === 'too-large' ? 'it is larger than govspec reads' : read.detail;
      this.printDiagnostics(
        [decisionCodes['decisions-workbook-unreadable'].at(undefined, args.workbook, why)],
        flags.quiet,
      );
      this.exit(ExitCode.usage);
    }
    const plan = await planImport(read.bytes, args.workbook, {
      host: ws.host,
      configFile: ws.configFile,
      asOf: today(),
    });
    const diagnostics = [...plan.diagnostics];
    if (!flags['dry-run'] && plan.changes.length > 0)
      diagnostics.push(...writeSpecs(ws.host.root, plan.changes));
    if (diagnostics.length > 0) this.printDiagnostics(diagnostics, flags.quiet);
    const failed = diagnostics.some((d) => d.severity === 'error');
    if (!failed) {
      for (const change of plan.changes) this.print(change.diff, 'text');
      if (!flags.quiet) this.log(summary(plan.changes, plan.noun, flags['dry-run']));
    } else if (!flags.quiet) this.logToStderr('No spec was changed.');
    this.exitFor(diagnostics, false);
  }
}

function summary(
  changes: ReadonlyArray<{ file: string; entries: string[] }>,
  noun: string,
  dryRun: boolean,
): string {
  if (changes.length === 0)
    return 'The workbook records no decision that differs from the specs; nothing to change.';
  const count = changes.reduce((n, c) => n + c.entries.length, 0);
  const what = `${count} ${noun}${count === 1 ? '' : 's'} in ${changes.length} spec${changes.length === 1 ? '' : 's'}`;
  return dryRun
    ? `Would change ${what} (dry run: nothing written).`
    : `Changed ${what}. Review with git diff, then propose the change through a pull request.`;
}
