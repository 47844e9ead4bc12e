import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { allCodes, lookupCode } from '../cli/code-index.js';
import { suggest } from '../validate/suggest.js';

export const docsDir = fileURLToPath(new URL('../../docs/codes/', import.meta.url));

export default class Explain extends BaseCommand {
  static override description = 'Explain a diagnostic code: what it means, why it matters and how to fix it.';
  static override examples = [
    '<%= config.bin %> explain readiness-no-owner',
    '<%= config.bin %> explain --list',
  ];
  static override args = {
    code: Args.string({ description: 'Diagnostic code, as printed after each message.' }),
  };
  static override flags = {
    list: Flags.boolean({ description: 'List every code with its title.', default: false }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Explain);
    if (flags.list || !args.code) {
      for (const code of allCodes())
        this.log(`${code.padEnd(36)} ${lookupCode(code)?.severity.padEnd(8)} ${lookupCode(code)?.title}`);
      return;
    }
    const code = args.code.trim().toLowerCase();
    if (!/^[a-z0-9-]+$/.test(code) || !lookupCode(code)) {
      const near = suggest(code, allCodes());
      this.logToStderr(
        `Unknown code "${args.code}".${near ? ` Did you mean ${near}?` : ''} Run \`govspec explain --list\`.`,
      );
      this.exit(ExitCode.usage);
    }
    const page = `${docsDir}${code}.md`;
    this.log(existsSync(page) ? readFileSync(page, 'utf8').trimEnd() : `${code}: ${lookupCode(code)?.title}`);
  }
}
