import { bundledRulesDir } from '../bundled-rules.js';
import { type RuleCatalog, buildCatalog } from '../ruleset/catalog.js';
import { readRuleTree } from '../ruleset/read-dir.js';
import { type TariffCatalog, buildTariffCatalog } from '../tariffs/load.js';

/**
 * Where `createEvaluator()` and `createTariffs()` get their rules when none are given: a rule tree on
 * disk, the bundled one by default, read, parsed and checked. This module is Node-only; the browser
 * build replaces it with `default-source.browser.ts`, which asks for rules given as data instead.
 */
export function loadRuleTree(rulesDir: string | undefined): { catalog: RuleCatalog; parameters: TariffCatalog } {
  const documents = readRuleTree(rulesDir ?? bundledRulesDir());
  const catalog = buildCatalog(documents);
  return { catalog, parameters: buildTariffCatalog(documents) };
}

/** The tariff tables and dated parameters of a rule tree on disk, the bundled one by default. */
export function loadTariffTree(rulesDir: string | undefined): TariffCatalog {
  return buildTariffCatalog(readRuleTree(rulesDir ?? bundledRulesDir()));
}
