import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba is a native addon: separate processes, not threads.
    pool: 'forks',
    testTimeout: 60_000,
  },
});
