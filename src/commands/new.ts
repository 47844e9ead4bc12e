import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as Args from '@oclif/core/args';
import { BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { openWorkspace } from '../cli/workspace.js';
import { isSafeId } from '../core/formats.js';
import { loadConfig } from '../load/config.js';
import { readYamlFile } from '../load/specs.js';
import { cliCodes } from '../cli/codes.js';
import { guardTarget } from '../emit/output-guard.js';
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
    const [ws, wsDiags] = openWorkspace(flags.config);
    const [bytes, readDiags] = ws ? readYamlFile(ws.host, ws.configFile) : [undefined, wsDiags];
    const [config, , configDiags] =
      ws && bytes ? loadConfig(ws.configFile, bytes) : [undefined, undefined, readDiags];
    if (!ws || !config) {
      // The config's own problems, so the user knows what to fix (never a bare "No problems.").
      this.printDiagnostics(configDiags, false);
      this.logToStderr('Fix or create govspec.config.yaml first (`govspec init`).');
      this.exit(ExitCode.usage);
    }
    const base = (config.specs[0] ?? 'specs/**/*.yaml').split(/[*{?]/)[0]!.replace(/\/+$/, '') || 'specs';
    const wanted = join(ws.host.root, base, `${args.id}.yaml`);
    const target = guardTarget(wanted, { root: ws.host.root, allowOutside: false });
    if ('refused' in target) {
      this.printDiagnostics(
        [cliCodes['write-target-refused'].at(undefined, 'the new spec', wanted, target.refused)],
        false,
      );
      this.exit(ExitCode.usage);
    }
    const file = target.ok;
    try {
      mkdirSync(dirname(file), { recursive: true });
      // "wx": never over an existing file, nor through a link planted at the name.
      writeFileSync(file, specYaml(dirname(file), args.id, config.organisation.ods), { flag: 'wx' });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EEXIST')
        this.logToStderr(`${base}/${args.id}.yaml already exists; choose another id.`);
      else
        this.printDiagnostics(
          [
            cliCodes['write-failed-file'].at(
              undefined,
              `${base}/${args.id}.yaml`,
              err.message.split('\n')[0]!,
            ),
          ],
          false,
        );
      this.exit(ExitCode.usage);
    }
    this.log(`Created ${base}/${args.id}.yaml. Fill in the commented blanks, then run \`govspec validate\`.`);
  }
}
