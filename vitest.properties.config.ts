import { defineConfig } from 'vitest/config';

/**
 * The property tests (`npm run test:properties`), apart from `npm test` because their cost is set by
 * CNAS_PROPERTY_RUNS: 10 000 runs per rule set in CI, as many as a long sweep wants.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.prop.ts'],
    testTimeout: 60 * 60_000,
  },
});
