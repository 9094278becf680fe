import { defineConfig } from 'vitest/config';

// The stdlib corpus suites (`npm run corpus`): every standard-library file, and
// mutants of them, compared with python3. They run for minutes, not seconds,
// hence the long timeouts; the fast suites live in vitest.config.ts.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.corpus.test.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
    // The corpus is split into files (tokenize, ast, mutants) that run two at a time, one per core.
    maxWorkers: 2,
  },
});
