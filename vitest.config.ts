import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No fixed time limit: a busy two-core runner is slow, not broken. CI's job limit stops a hang.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a two-core runner, idle
    // whenever a test waits for the CLI, LibreOffice or Chromium. Each file still runs in its own
    // process, and every test makes its own temporary folders, so two files side by side share
    // nothing.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
