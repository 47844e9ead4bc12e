import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ExitCode } from '../cli/exit-codes.js';
import { ImportCommand } from '../cli/import-command.js';
import { importAuto } from '../import/auto.js';
import { isSafeId } from '../import/draft/ids.js';

export default class Import extends ImportCommand {
  static override description = `Draft specs from what is already running: give files or folders and govspec recognises each file by its content and says what it found.

It reads Mirth Connect / Open Integration Engine exports (channels, groups, server backups), Rhapsody configurations (engine XML, REST API configuration XML with lockers, .rlc archives), InterSystems productions (Ensemble, HealthShare, IRIS for Health: production classes, exports, routing rules, system default settings), Cloverleaf NetConfig files, Iguana channel configurations (Iguana 5 and 6), OpenHIM configuration exports (channels, clients, mediators), HL7v2 sample messages and API catalogues. Apache Camel properties and Cloverleaf port listings are reported as an inventory of listeners and endpoints, not drafted.

One spec is drafted per flow (source system to destination system) or per Mirth channel, marked draft: true, with every blank left visible. Re-importing proposes edits and never overwrites a spec. Credentials are never copied. A file named here that no importer reads is an error; files in a folder that none reads are listed as skipped. The exit code is 1 when a file had an error or nothing was drafted.

Name the format to read only that one: govspec import mirth|rhapsody|intersystems|cloverleaf|iguana|openhim|camel|hl7|catalogue.`;

  static override examples = [
    '<%= config.bin %> import exports/',
    '<%= config.bin %> import rhapsody-backup.rlc production.cls --out specs/engines',
    '<%= config.bin %> import exports/ --dry-run --json',
  ];

  static override strict = false;

  static override args = {
    input: Args.string({ required: true, description: 'export file or folder (more may follow)' }),
  };

  static override flags = {
    ...ImportCommand.importFlags,
    id: Flags.string({ description: 'HL7v2 messages: put every message into one spec with this id.' }),
    provider: Flags.string({
      description: 'CSV registers: only rows from this provider id (repeatable).',
      multiple: true,
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Import);
    if (flags.id !== undefined && !isSafeId(flags.id)) {
      this.logToStderr(
        `--id "${flags.id}" is not a valid spec id: use 3-64 lowercase letters, digits and hyphens.`,
      );
      this.exit(ExitCode.usage);
    }
    const options = {
      ...this.writeOptions(flags),
      ...(flags.id ? { id: flags.id } : {}),
      providers: flags.provider ?? [],
    };
    this.finish(importAuto(argv as string[], options), flags);
  }
}
