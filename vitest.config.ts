import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No fixed time limit: a busy two-core runner is slow, not broken. CI's job limit stops a hang.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    // A worker process runs file after file without loading govspec's modules again for each:
    // a fifth of the suite's time went on those imports (beside a busy loop, 240 s against 265 to
    // 293 s). Every test makes its own temporary folders and puts back the environment, working
    // folder and exit code it changes, so a file never sees what an earlier one left.
    isolate: false,
    // One worker more than the cores: a worker waiting for the CLI, LibreOffice or Chromium leaves
    // its core to another, and on a runner with other work the suite keeps its share of the CPU
    // (measured on two busy cores: 386 s with two workers, 352 s with three).
    maxWorkers: availableParallelism() + 1,
  },
});
