import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No fixed time limit: a busy two-core runner is slow, not broken. CI's job limit stops a hang.
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'forks',
  },
});
