import * as Args from '@oclif/core/args';
import { importMirth } from '../../import/mirth/import.js';
import { ImportCommand } from '../../cli/import-command.js';

export default class ImportMirth extends ImportCommand {
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

  static override flags = { ...ImportCommand.importFlags };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportMirth);
    const options = this.writeOptions(flags);
    this.finish(importMirth(argv as string[], options), flags);
  }
}
