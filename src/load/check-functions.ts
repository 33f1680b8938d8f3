import type { RuleBundle } from '../bundles/bundle.js';
import type { RuleCatalog } from '../ruleset/catalog.js';
import type { SourceDocument } from '../ruleset/parse-document.js';
import type { TariffCatalog } from '../parameters/load.js';
import { ruleChecking } from './checking.js';

// The package's checking functions as its entries export them: each loads the rule format's schemas
// (zod) on its first call under Node, so that importing the package costs none of it.

/**
 * Builds the catalog of criterion sets from the documents of a rule tree (`<set>/set.json`,
 * `<set>/<YYYY-MM-DD>.json`, `<set>/<YYYY-MM-DD>.cases.json`), parsing and checking every file. Every
 * problem in every file is collected; if there is any, one {@link CnasRulesError} carries them all and
 * nothing is returned. Folders of another kind (tariff tables, parameters) are left to
 * {@link buildTariffCatalog}.
 */
export function buildCatalog(documents: readonly SourceDocument[]): RuleCatalog {
  return ruleChecking().buildCatalog(documents);
}

/**
 * Builds the tariff catalog from the documents of a rule tree: the folders whose `set.json` says
 * `"kind": "tariff-table"` or `"kind": "parameters"`. Every problem in every file is collected; if
 * there is any, one {@link CnasRulesError} carries them all and nothing is returned.
 */
export function buildTariffCatalog(documents: readonly SourceDocument[]): TariffCatalog {
  return ruleChecking().buildTariffCatalog(documents);
}

/**
 * Parses and checks the documents of a rule tree (every problem at once) and makes one pre-checked
 * bundle per folder, each carrying the digest of what was checked.
 */
export function makeBundles(documents: readonly SourceDocument[]): RuleBundle[] {
  return ruleChecking().makeBundles(documents);
}
