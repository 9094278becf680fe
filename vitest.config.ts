import { defineConfig } from 'vitest/config';

// Unit, golden and fuzz tests. The stdlib corpus comparison is slower and has
// its own config (vitest.corpus.config.ts, `npm run corpus`).
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', '**/*.corpus.test.ts'],
    testTimeout: 60_000,
  },
});
