import { Flags } from '@oclif/core';
import { BaseCommand } from './base.js';
import { ExitCode } from './exit-codes.js';
import { openWorkspace } from './workspace.js';
import type { WriteOptions } from '../import/draft/apply.js';
import { outputFolder, reportImport } from '../import/report.js';
import type { ImportSummary } from '../import/summary.js';

interface ImportFlags {
  out: string;
  json: boolean;
  'dry-run': boolean;
  config?: string | undefined;
  quiet: boolean;
}

/** What the three import commands share: flags, where drafts go, output and exit code. */
export abstract class ImportCommand extends BaseCommand {
  static importFlags = {
    out: Flags.string({
      description:
        'Folder for the draft specs, relative to the repository root (or the current folder without a config).',
      default: 'specs/imported',
    }),
    json: Flags.boolean({ description: 'Print the import summary as JSON.', default: false }),
    'dry-run': Flags.boolean({
      description: 'Report what would be written without writing.',
      default: false,
    }),
  };

  protected writeOptions(flags: ImportFlags): WriteOptions {
    let configFile: string | undefined;
    if (flags.config) {
      const [ws, problems] = openWorkspace(flags.config);
      if (!ws) {
        this.printDiagnostics(problems, false);
        this.exit(ExitCode.usage);
      }
      configFile = `${ws.host.root}/${ws.configFile}`;
    }
    const cwd = process.cwd();
    return { outDir: outputFolder(flags.out, configFile, cwd), cwd, dryRun: flags['dry-run'] };
  }

  /** Summary to stdout, diagnostics to stderr (inside the JSON with --json), then the exit code. */
  protected finish(summary: ImportSummary, flags: ImportFlags): void {
    const { output, exitCode } = reportImport(summary, flags.json);
    if (!flags.json) this.printDiagnostics(summary.diagnostics, flags.quiet);
    if (!flags.quiet || flags.json) process.stdout.write(output);
    if (exitCode !== ExitCode.ok) this.exit(ExitCode.errors);
  }
}
