import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Whole-tree commands (validate with its analysis, every case of every set) take seconds on a
    // two-core machine that runs the other test files at the same time; a hang is still caught.
    testTimeout: 60_000,
    // Type-level tests (*.test-d.ts) are checked by tsc and reported like any other test.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
