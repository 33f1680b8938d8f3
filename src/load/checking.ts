import * as rules from './check-rules.js';

/** The module that checks rule files (`check-rules.ts`), with the rule format's schemas. */
export type RuleChecking = typeof rules;

/**
 * The rule-checking functions. This copy imports them with the module (the TypeScript sources, the
 * browser build, where an application's bundler decides); the package's Node build replaces it with
 * `checking.node.ts`, which loads them on the first call, so that evaluating pre-checked rules never
 * pays for importing zod and building the schemas.
 */
export function ruleChecking(): RuleChecking {
  return rules;
}
