import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Args } from '@oclif/core';
import { BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { openWorkspace } from '../cli/workspace.js';
import { isSafeId } from '../core/formats.js';
import { loadConfig } from '../load/config.js';
import { specYaml } from '../scaffold/templates.js';

export default class New extends BaseCommand {
  static override description =
    'Create a new integration spec with the required fields and the production blanks to fill.';
  static override examples = ['<%= config.bin %> new pharmacy-orders-to-robot'];
  static override args = {
    id: Args.string({
      required: true,
      description: 'Id: lowercase letters, digits and hyphens, e.g. pas-adt-to-epr.',
    }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(New);
    if (!isSafeId(args.id)) {
      this.logToStderr(
        `"${args.id}" is not a valid id: use 3-64 lowercase letters, digits and hyphens, e.g. pas-adt-to-epr.`,
      );
      this.exit(ExitCode.usage);
    }
    const [ws, diags] = openWorkspace(flags.config);
    const bytes = ws?.host.readFile(ws.configFile);
    const [config] = ws && bytes ? loadConfig(ws.configFile, bytes) : [undefined];
    if (!ws || !config) {
      this.printDiagnostics(diags, false);
      this.logToStderr('Fix or create govspec.config.yaml first (`govspec init`).');
      this.exit(ExitCode.usage);
    }
    const base = (config.specs[0] ?? 'specs/**/*.yaml').split(/[*{?]/)[0]!.replace(/\/+$/, '') || 'specs';
    const file = join(ws.host.root, base, `${args.id}.yaml`);
    if (existsSync(file)) {
      this.logToStderr(`${file} already exists; choose another id.`);
      this.exit(ExitCode.usage);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, specYaml(dirname(file), args.id, config.organisation.ods));
    this.log(`Created ${base}/${args.id}.yaml. Fill in the commented blanks, then run \`govspec validate\`.`);
  }
}
