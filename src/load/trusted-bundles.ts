import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, type RuleBundle, catalogsOfFolders } from '../bundles/bundle.js';
import { bundleModuleText, valueOfBundleModule } from '../bundles/bundle-module.js';
import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { LoadedRuleSet } from '../ruleset/catalog.js';
import type { LoadedParameterSet, LoadedTariffTable } from '../parameters/load.js';
import type { RuleSource } from '../evaluate/rule-source.js';

/** The file beside the bundle modules that lists the criterion sets of the build and the SHA-256 of each module file. */
export const TRUSTED_INDEX = 'criteria-sets.json';

interface TrustedIndex {
  readonly criteria: readonly string[];
  /** SHA-256 (hex) of each criterion set's module file, as the build wrote it. */
  readonly sha256: Readonly<Record<string, string>>;
}

/**
 * Writes bundles as the package's build does: one module per bundle (`<dir>/<id>.js`, importable by
 * browsers and bundlers) and the list of the criterion sets among them with the SHA-256 of each module
 * file, for {@link trustedBundleSource}.
 */
export function writeBundleModules(dir: string, bundles: readonly RuleBundle[]): void {
  const sha256: Record<string, string> = {};
  for (const bundle of bundles) {
    const text = Buffer.from(bundleModuleText(`Generated at build time from rules/${bundle.id}: parsed, checked, digested.`, bundle), 'utf8');
    writeFileSync(join(dir, `${bundle.id}.js`), text);
    if (bundle.kind === 'criteria') sha256[bundle.id] = fileDigest(text);
  }
  const index: TrustedIndex = { criteria: Object.keys(sha256), sha256 };
  writeFileSync(join(dir, TRUSTED_INDEX), `${JSON.stringify(index)}\n`);
}

function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The bundled rules as the package's build left them: one pre-checked bundle module per rule set
 * (`<dir>/<id>.js`), listed in `<dir>/criteria-sets.json` with the SHA-256 of each module file. The
 * build parsed and checked every rule file as the loader does, wrote the bundle and recorded the
 * digest of the file it wrote; here a set is read only when first asked for, and the digest of its
 * file's bytes is verified instead of checking it again (hashing the bytes costs a few milliseconds
 * for every set; re-serialising the parsed bundle to hash it as `catalogsFromBundles` must, about
 * ten times as much). A file that no longer matches its digest is refused. Undefined when `dir` holds
 * no such build (running from the TypeScript sources), so that the caller reads and checks the rule
 * files instead.
 */
export function trustedBundleSource(dir: string): RuleSource | undefined {
  const indexFile = join(dir, TRUSTED_INDEX);
  if (!existsSync(indexFile)) return undefined;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as Partial<TrustedIndex>;
  if (!Array.isArray(index.criteria) || typeof index.sha256 !== 'object' || index.sha256 === null) {
    throw new CnasRulesError([makeIssue('schema_violation', [], { reason: 'not the index of a build of this version of cnas-rules; rebuild the package' }, indexFile)]);
  }
  const ids = index.criteria;
  const digests = index.sha256;
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
      const bytes = readFileSync(file);
      if (fileDigest(bytes) !== digests[id]) {
        throw new CnasRulesError([
          makeIssue('schema_violation', ['sha256'], { reason: `the file differs from the one the build checked (its SHA-256 does not match ${TRUSTED_INDEX}); rebuild the package` }, file),
        ]);
      }
      const bundle = valueOfBundleModule(bytes.toString('utf8'), file) as RuleBundle;
      if (bundle.format !== BUNDLE_FORMAT || bundle.id !== id || !Array.isArray(bundle.folders)) {
        throw new CnasRulesError([makeIssue('schema_violation', [], { reason: `not the bundle of the rule set "${id}"; rebuild the package` }, file)]);
      }
      const loaded = catalogsOfFolders(bundle.folders);
      for (const [folderId, folder] of loaded.parameters.parameters) if (!parameters.has(folderId)) parameters.set(folderId, folder);
      for (const [folderId, folder] of loaded.parameters.tables) if (!tables.has(folderId)) tables.set(folderId, folder);
      const set = loaded.catalog.get(id);
      if (!set) throw new CnasRulesError([makeIssue('schema_violation', [], { reason: `the bundle does not hold the rule set "${id}"; rebuild the package` }, file)]);
      sets.set(id, set);
      return set;
    },
  };
}
