// Writes oclif.manifest.json after compiling, so start-up does not import every command. Each
// command is loaded from its bundle (scripts/bundle.js, run before this) when there is one.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { Config } from '@oclif/core';

// oclif reads an existing manifest instead of the commands, so a stale one would hide new commands.
rmSync(new URL('../oclif.manifest.json', import.meta.url), { force: true });
const config = await Config.load({ root: new URL('..', import.meta.url).pathname });
const plugin = config.getPluginsList().find((p) => p.isRoot) ?? config.plugins.get(config.name);
const manifest = plugin?.manifest;
if (!manifest || Object.keys(manifest.commands).length === 0) {
  console.error('manifest: no commands found; did tsc run?');
  process.exit(1);
}
let bundled = 0;
for (const [id, command] of Object.entries(manifest.commands)) {
  const file = `dist/bundle/command-${id.replaceAll(':', '-')}.js`;
  if (!existsSync(new URL(`../${file}`, import.meta.url))) continue;
  command.relativePath = file.split('/');
  bundled++;
}
writeFileSync(new URL('../oclif.manifest.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest: ${Object.keys(manifest.commands).length} commands, ${bundled} from their bundles`);
