import { fileURLToPath } from 'node:url';

/**
 * The folder of the rule files shipped with the package. This module sits one folder below the
 * package root both as source (`src/`) and once built (`dist/`), so `../rules` is the same folder.
 */
export function bundledRulesDir(): string {
  return fileURLToPath(new URL('../rules', import.meta.url));
}
