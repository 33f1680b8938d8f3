import type { LoadedRuleSet, RuleCatalog } from '../ruleset/catalog.js';
import type { TariffCatalog } from '../parameters/load.js';

/**
 * Where an evaluator gets its rule sets. A source knows the ids of its sets without loading them
 * and loads a set when it is first asked for, so an evaluator that uses one set pays for one set.
 */
export interface RuleSource {
  /** The id of every rule set of the source, sorted. */
  readonly ids: readonly string[];
  /**
   * The rule set `id` (one of `ids`), loaded and checked (or its digest verified) on the first call;
   * the parameter folders its outputs refer to are in `parameters` once it returns.
   */
  load(id: string): LoadedRuleSet;
  /** The parameter folders (and tariff tables) loaded so far. */
  readonly parameters: TariffCatalog;
  /**
   * True when the parameters every output refers to were checked when the rules were loaded or
   * bundled; false when the evaluator must check them itself.
   */
  readonly referencesChecked: boolean;
}

/** A source over rules already loaded: every set is there, nothing is loaded later. */
export function catalogSource(catalog: RuleCatalog, parameters: TariffCatalog): RuleSource {
  return { ids: [...catalog.keys()], load: (id) => catalog.get(id)!, parameters, referencesChecked: false };
}
