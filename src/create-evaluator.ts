import { catalogsFromBundles } from './bundles/bundle.js';
import { type AnyRegistry, type Evaluator, type EvaluatorOptions, type Registry, evaluatorOver } from './evaluate/evaluator.js';
import { type RuleSource, catalogSource } from './evaluate/rule-source.js';
import { ruleSourceFor } from './load/default-source.js';

// Evaluation never reads a file: it runs on a RuleSource. Which source is decided here, above both
// evaluation and the loader, so that the loader (Node-only, replaced by a stub in the browser build)
// is reached only through this module.

/**
 * Loads, checks and compiles a rule tree once; the evaluator it returns is then used for any
 * number of evaluations, concurrent ones included.
 *
 * @example
 * ```ts
 * const evaluator = createEvaluator();
 * const decision = await evaluator.evaluate('portable-oxygen', { fev1VcRatioPct: 62 }, { asOf: '2025-03-10' });
 * decision.outcome; // 'undetermined': the other criteria still need facts
 * decision.missingFacts.map((m) => m.fact);
 * ```
 */
export function createEvaluator<R extends Registry = AnyRegistry>(options: EvaluatorOptions = {}): Evaluator<R> {
  return evaluatorOver<R>(options, () => sourceOf(options));
}

/** The rules an evaluator runs: given as a catalog, as pre-checked bundles, or read from disk (Node only). */
function sourceOf(options: EvaluatorOptions): RuleSource {
  if (options.catalog) return catalogSource(options.catalog, options.parameters ?? { tables: new Map(), parameters: new Map() });
  if (options.bundles) {
    const { catalog, parameters } = catalogsFromBundles(options.bundles);
    return catalogSource(catalog, parameters);
  }
  return ruleSourceFor(options.rulesDir);
}
