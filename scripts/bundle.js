// Bundles the direct start of `govspec validate` into dist/bundle/validate.js after compiling
// (npm run compile), so validate loads one module instead of about two hundred. The bundle sits
// two folders below the package root, as every compiled module does, so the paths the modules
// find their files by (schemas, validators, package.json) are the same. Packages stay external.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const out = new URL('../dist/bundle/', import.meta.url);
rmSync(out, { recursive: true, force: true });
await build({
  input: new URL('../dist/cli/validate-entry.js', import.meta.url).pathname,
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  logLevel: 'warn',
  output: { file: new URL('validate.js', out).pathname, format: 'esm', comments: false },
});
console.log('bundle: dist/bundle/validate.js');
