import { Args, Command, Flags } from '@oclif/core';
import { importMirth } from '../../import/mirth/import.js';
import { reportImport } from '../../import/report.js';

export default class ImportMirth extends Command {
  static override description =
    'Draft one spec per channel from Mirth Connect / Open Integration Engine exports (single channels, channel groups, server backups; 2.x to 4.x). What the export cannot know is left blank with a comment; credentials are never copied; existing specs are never overwritten.';

  static override examples = [
    '<%= config.bin %> import mirth exports/ADT_PAS_TO_EPR.xml',
    '<%= config.bin %> import mirth backups/server-backup.xml --out specs/mirth',
    '<%= config.bin %> import mirth exports/ --json',
  ];

  static override strict = false;

  static override args = {
    input: Args.string({ required: true, description: 'Mirth export file or folder (more may follow)' }),
  };

  static override flags = {
    out: Flags.string({ description: 'folder for the draft specs', default: 'specs/imported' }),
    json: Flags.boolean({ description: 'print the import summary as JSON' }),
    'dry-run': Flags.boolean({ description: 'report what would be written without writing' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportMirth);
    const summary = importMirth(argv as string[], {
      outDir: flags.out,
      cwd: process.cwd(),
      dryRun: flags['dry-run'],
    });
    const { output, exitCode } = reportImport(summary, flags.json);
    process.stdout.write(output);
    if (exitCode !== 0) this.exit(exitCode);
  }
}
