import { createRequire } from 'node:module';
import type { RuleChecking } from './checking.js';

let loaded: RuleChecking | undefined;

/**
 * Replaces `checking.ts` in the package's Node build (`scripts/build-package.ts`): the rule-checking
 * functions, with zod and the rule format's schemas, are loaded on the first call, synchronously
 * (`require` of an ES module, Node 20.19 and later), and shared with any `import` of the same module.
 * Importing the package and evaluating the pre-checked bundled rules never loads them.
 */
export function ruleChecking(): RuleChecking {
  loaded ??= createRequire(import.meta.url)('./check-rules.js') as RuleChecking;
  return loaded;
}
