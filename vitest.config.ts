import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba is a native addon: separate processes, not threads.
    pool: 'forks',
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The summary in the log; the per-file table in coverage/ for whoever wants it.
      reporter: ['text-summary', ['text', { file: 'coverage.txt' }]],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
    },
  },
});
