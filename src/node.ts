/**
 * The Node entry of cnas-rules: everything of the main entry, plus reading rule trees from disk.
 * Under Node, `import 'cnas-rules'` resolves here, and `createEvaluator()` / `createTariffs()` read
 * the bundled rules when given none.
 *
 * @packageDocumentation
 */
import { bundledRulesDir } from './bundled-rules.js';
import type { RuleBundle } from './bundles/bundle.js';
import { makeBundles } from './load/check-functions.js';
import { readRuleTree } from './ruleset/read-dir.js';

export * from './index.js';
export { bundledRulesDir } from './bundled-rules.js';
export { readRuleTree } from './ruleset/read-dir.js';
export { makeBundles } from './load/check-functions.js';

/**
 * Reads, parses and checks a rule tree on disk (the bundled one by default) and makes one pre-checked
 * bundle per folder, to be written out as modules for a browser (`createEvaluator({ bundles })`).
 *
 * @example
 * ```ts
 * import { bundleRuleTree } from 'cnas-rules/node';
 * const bundles = bundleRuleTree();
 * bundles.map((b) => b.id); // ['dz-devices-procedure', 'dz-hba1c', ...]
 * ```
 */
export function bundleRuleTree(rulesDir: string = bundledRulesDir()): RuleBundle[] {
  return makeBundles(readRuleTree(rulesDir));
}
