import { fileURLToPath } from 'node:url';
import { bundledRulesDir } from '../bundled-rules.js';
import type { RuleCatalog } from '../ruleset/catalog.js';
import { readRuleTree } from '../ruleset/read-dir.js';
import type { TariffCatalog } from '../parameters/load.js';
import { ruleChecking } from './checking.js';
import { type RuleSource, catalogSource } from '../evaluate/rule-source.js';
import { trustedBundleSource } from './trusted-bundles.js';

/**
 * Where `createEvaluator()` and `createTariffs()` get their rules when none are given: a rule tree on
 * disk, the bundled one by default, read, parsed and checked. This module is Node-only; the browser
 * build replaces it with `default-source.browser.ts`, which asks for rules given as data instead.
 */
export function loadRuleTree(rulesDir: string | undefined): { catalog: RuleCatalog; parameters: TariffCatalog } {
  const documents = readRuleTree(rulesDir ?? bundledRulesDir());
  const { buildCatalog, buildTariffCatalog } = ruleChecking();
  return { catalog: buildCatalog(documents), parameters: buildTariffCatalog(documents) };
}

/** The tariff tables and dated parameters of a rule tree on disk, the bundled one by default. */
export function loadTariffTree(rulesDir: string | undefined): TariffCatalog {
  return ruleChecking().buildTariffCatalog(readRuleTree(rulesDir ?? bundledRulesDir()));
}

/**
 * The rule sets of an evaluator given no rules as data. A rule tree named by `rulesDir` is always
 * read and checked in full. The bundled rules are taken from the pre-checked bundles the package's
 * build wrote beside this module, one set at a time as each is first used, with their digest
 * verified instead of the schemas; from the TypeScript sources, where there is no build, the bundled
 * rule files are read and checked.
 */
export function ruleSourceFor(rulesDir: string | undefined): RuleSource {
  const trusted = rulesDir === undefined ? trustedBundleSource(fileURLToPath(new URL('../rule-bundles/', import.meta.url))) : undefined;
  if (trusted) return trusted;
  const { catalog, parameters } = loadRuleTree(rulesDir);
  return catalogSource(catalog, parameters);
}
