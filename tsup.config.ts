import { defineConfig } from 'tsup';

// One output file per source module (no bundling), so that an application's bundler keeps only the
// modules it uses: a browser page that evaluates pre-checked bundles never reaches the zod schemas.
// Declarations come from tsc (tsconfig.build.json); the browser copy and the rule bundles from
// scripts/build-package.ts.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  bundle: false,
  clean: true,
  sourcemap: true,
});
