import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../cli/base.js';
import { ExitCode } from '../cli/exit-codes.js';
import { isOdsCode } from '../core/formats.js';
import { configFileName } from '../load/find-config.js';
import { configYaml, specYaml } from '../scaffold/templates.js';

export default class Init extends BaseCommand {
  static override description = 'Create govspec.config.yaml and one example spec in the current folder.';
  static override examples = [
    '<%= config.bin %> init --name "Example NHS Trust" --ods RXX --role deploying-organisation',
  ];
  static override flags = {
    name: Flags.string({ description: 'Organisation name.', default: 'Your NHS Organisation' }),
    ods: Flags.string({ description: 'Organisation ODS code.', default: 'XXX' }),
    role: Flags.string({
      options: ['manufacturer', 'deploying-organisation', 'both'],
      default: 'deploying-organisation',
      description: 'DCB role.',
    }),
    dir: Flags.string({ description: 'Folder to initialise (default: current folder).' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Init);
    const dir = resolve(flags.dir ?? process.cwd());
    if (!isOdsCode(flags.ods)) {
      this.logToStderr(`--ods must be an ODS code (3 to 9 capital letters or digits), got "${flags.ods}".`);
      this.exit(ExitCode.usage);
    }
    const config = join(dir, configFileName);
    if (existsSync(config)) {
      this.logToStderr(`${config} already exists; govspec init never overwrites it.`);
      this.exit(ExitCode.usage);
    }
    const specDir = join(dir, 'specs');
    const spec = join(specDir, 'example-integration.yaml');
    mkdirSync(specDir, { recursive: true });
    writeFileSync(config, configYaml(dir, { name: flags.name, ods: flags.ods, role: flags.role }));
    if (!existsSync(spec)) writeFileSync(spec, specYaml(specDir, 'example-integration', flags.ods));
    this.log(
      `Created ${configFileName} and specs/example-integration.yaml. Next: edit them, then run \`govspec validate\`.`,
    );
  }
}
