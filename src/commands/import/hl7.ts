import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ExitCode } from '../../cli/exit-codes.js';
import { ImportCommand } from '../../cli/import-command.js';
import { isSafeId } from '../../import/draft/ids.js';
import { importHl7 } from '../../import/hl7/import.js';

export default class ImportHl7 extends ImportCommand {
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
    ...ImportCommand.importFlags,
    id: Flags.string({ description: 'Put every message into one spec with this id.' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(ImportHl7);
    if (flags.id !== undefined && !isSafeId(flags.id)) {
      this.logToStderr(
        `--id "${flags.id}" is not a valid spec id: use 3-64 lowercase letters, digits and hyphens, e.g. pas-adt-to-epr.`,
      );
      this.exit(ExitCode.usage);
    }
    const options = { ...this.writeOptions(flags), ...(flags.id ? { id: flags.id } : {}) };
    this.finish(importHl7(argv as string[], options), flags);
  }
}
