// Writes oclif.manifest.json after compiling, so start-up does not import every command.
import { rmSync, writeFileSync } from 'node:fs';
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
writeFileSync(new URL('../oclif.manifest.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest: ${Object.keys(manifest.commands).length} commands`);
