import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loading the bundled tree takes about a second alone and several on a busy two-core machine.
    testTimeout: 30_000,
    // Type-level tests (*.test-d.ts) are checked by tsc and reported like any other test.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
