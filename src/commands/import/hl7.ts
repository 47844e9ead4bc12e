import { Args, Command, Flags } from '@oclif/core';
import { isSafeId } from '../../import/draft/ids.js';
import { importHl7 } from '../../import/hl7/import.js';
import { reportImport } from '../../import/report.js';

export default class ImportHl7 extends Command {
  static override description =
    'Propose draft specs from sample HL7v2 messages: protocol (version, message types), data items with classes, and the facts that derive hazards (merges, attachments, free text, several identifiers). Only structure is read: message content is never written. One spec per sender and receiver unless --id is given.';

  static override examples = [
    '<%= config.bin %> import hl7 samples/adt/*.hl7',
    '<%= config.bin %> import hl7 samples/ --id pas-adt-to-epr',
  ];

  static override strict = false;

  static override args = {
    message: Args.string({ required: true, description: 'sample message file or folder (more may follow)' }),
  };

  static override flags = {
    out: Flags.string({ description: 'folder for the draft specs', default: 'specs/imported' }),
    id: Flags.string({ description: 'put every message into one spec with this id' }),
    json: Flags.boolean({ description: 'print the import summary as JSON' }),
    'dry-run': Flags.boolean({ description: 'report what would be written without writing' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportHl7);
    if (flags.id !== undefined && !isSafeId(flags.id)) {
      this.error(
        `--id "${flags.id}" is not a valid spec id: use 3-64 lowercase letters, digits and hyphens, e.g. pas-adt-to-epr.`,
        { exit: 2 },
      );
    }
    const options = {
      outDir: flags.out,
      cwd: process.cwd(),
      dryRun: flags['dry-run'],
      ...(flags.id ? { id: flags.id } : {}),
    };
    const { output, exitCode } = reportImport(importHl7(argv as string[], options), flags.json);
    process.stdout.write(output);
    if (exitCode !== 0) this.exit(exitCode);
  }
}
