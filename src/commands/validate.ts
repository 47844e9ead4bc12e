import * as Flags from '@oclif/core/flags';
import { asOfFlag, BaseCommand } from '../cli/base.js';
import { validateFormats } from '../cli/validate-options.js';
import { runValidate } from '../cli/validate-run.js';

export default class Validate extends BaseCommand {
  static override description =
    'Check every spec and the config: schema, formats, readiness and governance rules.';
  static override examples = [
    '<%= config.bin %> validate',
    '<%= config.bin %> validate --format sarif > govspec.sarif',
    '<%= config.bin %> validate --as-of 2026-12-31 --format json',
  ];
  static override flags = {
    format: Flags.string({
      char: 'f',
      options: [...validateFormats],
      default: 'stylish',
      description: 'Output format.',
    }),
    'as-of': asOfFlag,
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Validate);
    const code = runValidate({
      format: flags.format as (typeof validateFormats)[number],
      asOf: flags['as-of'],
      config: flags.config,
      quiet: flags.quiet,
    });
    if (code !== 0) this.exit(code);
  }
}
