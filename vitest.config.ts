import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No fixed time limit: a busy two-core runner is slow, not broken. CI's job limit stops a hang.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    // One worker more than the cores: a worker waiting for the CLI, LibreOffice or Chromium leaves
    // its core to another, and on a runner with other work the suite keeps its share of the CPU
    // (measured on two busy cores: 386 s with two workers, 352 s with three). Each file still runs
    // in its own process, and every test makes its own temporary folders, so files side by side
    // share nothing.
    maxWorkers: availableParallelism() + 1,
  },
});
