import * as Args from '@oclif/core/args';
import { importAuto } from '../import/auto.js';
import type { FormatName } from '../import/formats/detect.js';
import { ImportCommand } from './import-command.js';

/**
 * govspec import <engine> ...: the import that recognises formats, told to read only one.
 * Files of other formats in a folder are skipped and listed; a file named on the command line
 * that is not this format is an error that says what it is.
 */
export function formatImportCommand(
  format: FormatName,
  description: string,
  examples: string[],
  what: string,
) {
  const command = class extends ImportCommand {
    static override description = description;
    static override examples = examples;
    static override strict = false;
    static override args = {
      input: Args.string({ required: true, description: `${what} file or folder (more may follow)` }),
    };
    static override flags = { ...ImportCommand.importFlags };

    async run(): Promise<void> {
      const { argv, flags } = await this.parse(command);
      this.finish(importAuto(argv as string[], { ...this.writeOptions(flags), forced: format }), flags);
    }
  };
  return command;
}
