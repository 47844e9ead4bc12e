#!/usr/bin/env node
import { startDirectly } from '../dist/cli/direct-start.js';

// `govspec validate` with plain flags starts without the command framework; everything else through it.
if (!(await startDirectly(process.argv.slice(2)))) {
  const { execute } = await import('@oclif/core/execute');
  await execute({ dir: import.meta.url });
}
