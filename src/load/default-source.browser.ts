import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { RuleCatalog } from '../ruleset/catalog.js';
import type { TariffCatalog } from '../parameters/load.js';
import type { RuleSource } from '../evaluate/rule-source.js';

/**
 * Stands in for `default-source.ts` in the browser build, where there is no disk: rules must be given
 * as data (`bundles` from `cnas-rules/bundles/<set>`, or a `catalog`).
 */
export function loadRuleTree(rulesDir: string | undefined): { catalog: RuleCatalog; parameters: TariffCatalog } {
  throw noDisk(rulesDir);
}

export function loadTariffTree(rulesDir: string | undefined): TariffCatalog {
  throw noDisk(rulesDir);
}

function noDisk(rulesDir: string | undefined): CnasRulesError {
  const reason = 'rule files are read from disk only under Node; give the rules as data: createEvaluator({ bundles: [bundle] }) with a bundle imported from cnas-rules/bundles/<set>';
  return new CnasRulesError([makeIssue('unreadable_file', [], { reason }, rulesDir ?? 'rules')]);
}

export function ruleSourceFor(rulesDir: string | undefined): RuleSource {
  throw noDisk(rulesDir);
}
