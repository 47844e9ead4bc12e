import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { importCatalogue } from '../../import/catalogue/import.js';
import { ImportCommand } from '../../cli/import-command.js';

export default class ImportCatalogue extends ImportCommand {
  static override description =
    'Draft specs from an existing API register: an NHS Wales API catalogue folder (system.yml and api.yml files) or a CSV with url, name and provider columns (the UK Government API Catalogue). Consumers, owners and everything else the register cannot know are left blank.';

  static override examples = [
    '<%= config.bin %> import catalogue api-catalogue/catalogue',
    '<%= config.bin %> import catalogue data/catalogue.csv --provider nhs-digital',
  ];

  static override strict = false;

  static override args = {
    register: Args.string({ required: true, description: 'catalogue folder or CSV file (more may follow)' }),
  };

  static override flags = {
    ...ImportCommand.importFlags,
    provider: Flags.string({
      description: 'CSV registers: only rows from this provider id (repeatable).',
      multiple: true,
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportCatalogue);
    const options = { ...this.writeOptions(flags), providers: flags.provider ?? [] };
    this.finish(importCatalogue(argv as string[], options), flags);
  }
}
