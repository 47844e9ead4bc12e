import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { allCodes, lookupCode } from '../cli/code-index.js';
import { ruleNamed } from '../rules/clinical/derived-ref.js';
import { ruleNumber } from '../rules/clinical/rule.js';
import { hazardRules } from '../rules/clinical/rules/index.js';
import { suggest } from '../validate/suggest.js';

export const docsDir = fileURLToPath(new URL('../../docs/codes/', import.meta.url));
export const hazardDocsDir = fileURLToPath(new URL('../../docs/hazards/', import.meta.url));

export default class Explain extends BaseCommand {
  static override description =
    'Explain a diagnostic code (what it means, why it matters, how to fix it) or a hazard rule (by rule id or hazard number).';
  static override examples = [
    '<%= config.bin %> explain readiness-no-owner',
    '<%= config.bin %> explain H14',
    '<%= config.bin %> explain gp-connect-access-record/H14',
    '<%= config.bin %> explain --list',
  ];
  static override args = {
    code: Args.string({
      description:
        'Diagnostic code, as printed after each message, or a hazard rule id or number as shown in the hazard log.',
    }),
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
    const rule = lookupCode(code) ? undefined : ruleNamed(args.code);
    if (rule) {
      const page = `${hazardDocsDir}${rule.id}.md`;
      this.log(
        existsSync(page)
          ? readFileSync(page, 'utf8').trimEnd()
          : `${rule.id} (${ruleNumber(rule.number)}): ${rule.title}`,
      );
      return;
    }
    if (!/^[a-z0-9-]+$/.test(code) || !lookupCode(code)) {
      const near = suggest(code, allCodes());
      this.logToStderr(
        `Unknown code "${args.code}".${near ? ` Did you mean ${near}?` : ''} Run \`govspec explain --list\` for the codes; hazard rules are explained by id or number (H01 to ${ruleNumber(Math.max(...hazardRules.map((r) => r.number)))}).`,
      );
      this.exit(ExitCode.usage);
    }
    const page = `${docsDir}${code}.md`;
    this.log(existsSync(page) ? readFileSync(page, 'utf8').trimEnd() : `${code}: ${lookupCode(code)?.title}`);
  }
}
