// Bundles govspec's entry points after compiling (npm run compile), so a command loads a few
// modules instead of several hundred (build's start falls from about 0.5 s to 0.3 s): the direct
// start of `govspec validate` (dist/bundle/validate.js), every command (dist/bundle/command-*.js,
// which oclif.manifest.json then points at) and the Word-packing worker. Every bundle sits two
// folders below the package root, as every compiled module does, so the paths the modules find
// their files by (schemas, templates, docs, validators, package.json, the worker) are the same.
// Packages stay external. bin/run.js falls back to the compiled modules when tsc ran after this.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'rolldown';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('bundle/', dist);
rmSync(out, { recursive: true, force: true });

/** Command files below dist/commands, as oclif ids joined by dashes (decisions/import -> decisions-import). */
function commands(dir = new URL('commands/', dist), prefix = '') {
  const found = {};
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory()) Object.assign(found, commands(new URL(`${e.name}/`, dir), `${prefix}${e.name}-`));
    else if (e.name.endsWith('.js'))
      found[`command-${prefix}${e.name.slice(0, -3)}`] = new URL(e.name, dir).pathname;
  }
  return found;
}

const input = {
  validate: new URL('cli/validate-entry.js', dist).pathname,
  'docx-worker': new URL('emit/privacy/docx-worker.js', dist).pathname,
  ...commands(),
};
await build({
  input,
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  logLevel: 'warn',
  output: {
    dir: out.pathname,
    format: 'esm',
    comments: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'shared-[hash].js',
  },
});
console.log(`bundle: ${Object.keys(input).length} entry points in dist/bundle/`);
