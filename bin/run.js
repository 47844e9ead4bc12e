#!/usr/bin/env node
import { bundleIsStale, startDirectly } from '../dist/cli/direct-start.js';

// govspec runs only its compiled code. Without this, a shell with NODE_ENV set to development or
// test makes the command framework look for TypeScript sources to run instead: it loads the
// TypeScript compiler to read tsconfig.json, a third of a second on every command, for nothing.
globalThis.oclif = { ...globalThis.oclif, enableAutoTranspile: false };

// `govspec validate` with plain flags starts without the command framework; everything else through it.
if (!(await startDirectly(process.argv.slice(2)))) {
  const { execute } = await import('@oclif/core/execute');
  if (bundleIsStale()) {
    // The manifest points each command at its bundle (npm run compile). tsc ran after the bundles
    // were made, so they hold older code: the commands are found afresh in dist/commands instead.
    const { Plugin } = await import('@oclif/core');
    const root = new URL('..', import.meta.url).pathname;
    const plugin = new Plugin({ root, isRoot: true, ignoreManifest: true });
    await plugin.load();
    await execute({ loadOptions: { root, plugins: new Map([[plugin.name, plugin]]) } });
  } else await execute({ dir: import.meta.url });
}
