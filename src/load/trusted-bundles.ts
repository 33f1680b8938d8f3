import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BundledFolder, type RuleBundle, catalogsFromBundles } from '../bundles/bundle.js';
import { bundleModuleText, valueOfBundleModule } from '../bundles/bundle-module.js';
import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { LoadedRuleSet } from '../ruleset/catalog.js';
import type { LoadedParameterSet, LoadedTariffTable } from '../tariffs/load.js';
import type { RuleSource } from './rule-source.js';

/** The file beside the bundle modules that lists the criterion sets of the build. */
export const TRUSTED_INDEX = 'criteria-sets.json';

/**
 * Writes bundles as the package's build does: one module per bundle (`<dir>/<id>.js`, importable by
 * browsers and bundlers) and the list of the criterion sets among them, for {@link trustedBundleSource}.
 */
export function writeBundleModules(dir: string, bundles: readonly RuleBundle[]): void {
  for (const bundle of bundles) {
    writeFileSync(join(dir, `${bundle.id}.js`), bundleModuleText(`Generated at build time from rules/${bundle.id}: parsed, checked, digested.`, bundle));
  }
  writeFileSync(join(dir, TRUSTED_INDEX), `${JSON.stringify({ criteria: bundles.filter((b) => b.kind === 'criteria').map((b) => b.id) })}\n`);
}

/** SHA-256 of a bundle's folders on `node:crypto`: the same digest as `bundleDigest`, natively. */
export function nodeBundleDigest(folders: readonly BundledFolder[]): string {
  return createHash('sha256').update(JSON.stringify(folders), 'utf8').digest('hex');
}

/**
 * The bundled rules as the package's build left them: one pre-checked bundle module per rule set
 * (`<dir>/<id>.js`), listed in `<dir>/criteria-sets.json`. The build parsed and checked every rule file as the
 * loader does and recorded the SHA-256 of what it checked; here a set is read
 * only when first asked for, and its digest is verified instead of checking it again. A bundle
 * whose content no longer matches its digest is refused. Undefined when `dir` holds no such build
 * (running from the TypeScript sources), so that the caller reads and checks the rule files instead.
 */
export function trustedBundleSource(dir: string): RuleSource | undefined {
  const index = join(dir, TRUSTED_INDEX);
  if (!existsSync(index)) return undefined;
  const ids = (JSON.parse(readFileSync(index, 'utf8')) as { criteria: string[] }).criteria;
  const sets = new Map<string, LoadedRuleSet>();
  const tables = new Map<string, LoadedTariffTable>();
  const parameters = new Map<string, LoadedParameterSet>();
  return {
    ids,
    parameters: { tables, parameters },
    referencesChecked: true,
    load(id) {
      const known = sets.get(id);
      if (known) return known;
      if (!ids.includes(id)) throw new CnasRulesError([makeIssue('unknown_rule_set', ['ruleSet'], { ruleSet: id, known: ids })]);
      const file = join(dir, `${id}.js`);
      const bundle = valueOfBundleModule(readFileSync(file, 'utf8'), file) as RuleBundle;
      const loaded = catalogsFromBundles([bundle], nodeBundleDigest);
      for (const [folderId, folder] of loaded.parameters.parameters) if (!parameters.has(folderId)) parameters.set(folderId, folder);
      for (const [folderId, folder] of loaded.parameters.tables) if (!tables.has(folderId)) tables.set(folderId, folder);
      const set = loaded.catalog.get(id);
      if (!set) throw new CnasRulesError([makeIssue('schema_violation', [], { reason: `the bundle does not hold the rule set "${id}"; rebuild the package` }, file)]);
      sets.set(id, set);
      return set;
    },
  };
}
