import { Args, Command, Flags } from '@oclif/core';
import { importCatalogue } from '../../import/catalogue/import.js';
import { reportImport } from '../../import/report.js';

export default class ImportCatalogue extends Command {
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
    out: Flags.string({ description: 'folder for the draft specs', default: 'specs/imported' }),
    provider: Flags.string({
      description: 'CSV registers: only rows from this provider id (repeatable)',
      multiple: true,
    }),
    json: Flags.boolean({ description: 'print the import summary as JSON' }),
    'dry-run': Flags.boolean({ description: 'report what would be written without writing' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportCatalogue);
    const options = {
      outDir: flags.out,
      cwd: process.cwd(),
      dryRun: flags['dry-run'],
      providers: flags.provider ?? [],
    };
    const { output, exitCode } = reportImport(importCatalogue(argv as string[], options), flags.json);
    process.stdout.write(output);
    if (exitCode !== 0) this.exit(exitCode);
  }
}
