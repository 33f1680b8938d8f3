import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { LoadedRuleSet, RuleCatalog } from '../ruleset/catalog.js';
import type { RuleFolderKind } from '../ruleset/folder-kind.js';
import type { RuleSetFile, RuleVersionFile } from '../ruleset/schema.js';
import type { LoadedParameterSet, LoadedTariffTable, TariffCatalog } from '../parameters/load.js';
import type { ParametersVersionFile, TariffTableVersionFile } from '../ruleset/tariff-schema.js';
import { sha256Hex } from './sha256.js';

/** The version of the bundle layout; a bundle of another layout is refused rather than misread. */
export const BUNDLE_FORMAT = 1;

/** One dated version in a bundle, as the loader checked it. */
export interface BundledVersion<T> {
  readonly file: string;
  readonly data: T;
  /** The last day in force, `null` when open-ended. */
  readonly lastDay: string | null;
}

/** One folder of a rule tree in a bundle: a criterion set, a tariff table or a parameters folder. */
export type BundledFolder =
  | { readonly id: string; readonly kind: 'criteria'; readonly meta: RuleSetFile; readonly versions: ReadonlyArray<BundledVersion<RuleVersionFile>> }
  | { readonly id: string; readonly kind: 'tariff-table'; readonly meta: RuleSetFile; readonly versions: ReadonlyArray<BundledVersion<TariffTableVersionFile>> }
  | { readonly id: string; readonly kind: 'parameters'; readonly meta: RuleSetFile; readonly versions: ReadonlyArray<BundledVersion<ParametersVersionFile>> };

/**
 * A rule set given as data: its folder and the parameter folders its outputs refer to, parsed and
 * checked when the bundle was made (at the package's build, or by `bundleRuleTree`), with the SHA-256
 * of that content. Loading a bundle checks the digest instead of the schema, so the schema library
 * need not ship to a browser; a bundle edited after it was checked is refused.
 */
export interface RuleBundle<Id extends string = string> {
  readonly format: typeof BUNDLE_FORMAT;
  readonly id: Id;
  readonly kind: RuleFolderKind;
  /** SHA-256 (hex) of `JSON.stringify(folders)`. */
  readonly sha256: string;
  readonly folders: readonly BundledFolder[];
}

/** The digest a bundle must carry for its folders. */
export function bundleDigest(folders: readonly BundledFolder[]): string {
  return sha256Hex(JSON.stringify(folders));
}

const verified = new WeakSet<RuleBundle>();

/**
 * The catalogs of a list of bundles. Each bundle's digest is checked once per bundle object; a folder
 * carried by two bundles (a parameters folder, typically) must be the same in both. `digest` computes
 * the SHA-256 of a bundle's folders: `bundleDigest` by default, which runs anywhere; under Node the
 * default loader gives one on `node:crypto`, many times faster on large bundles.
 */
export function catalogsFromBundles(
  bundles: readonly RuleBundle[],
  digest: (folders: readonly BundledFolder[]) => string = bundleDigest,
): { catalog: RuleCatalog; parameters: TariffCatalog } {
  const issues: Issue[] = [];
  const folders = new Map<string, BundledFolder>();
  for (const bundle of bundles) {
    const problem = verify(bundle, digest);
    if (problem) {
      issues.push(problem);
      continue;
    }
    for (const folder of bundle.folders) {
      const seen = folders.get(folder.id);
      if (seen && seen !== folder && JSON.stringify(seen) !== JSON.stringify(folder)) {
        issues.push(makeIssue('duplicate_id', ['folders'], { kind: 'rule folder', id: folder.id }, `bundle:${bundle.id}`));
      }
      folders.set(folder.id, folder);
    }
  }
  if (issues.length > 0) throw new CnasRulesError(issues);
  return catalogsOfFolders(folders.values());
}

/**
 * The catalogs of folders whose bundle was already proven to be what was checked (by its digest, or
 * by the hash of the file the package's build wrote it to).
 */
export function catalogsOfFolders(folders: Iterable<BundledFolder>): { catalog: RuleCatalog; parameters: TariffCatalog } {
  const catalog = new Map<string, LoadedRuleSet>();
  const tables = new Map<string, LoadedTariffTable>();
  const parameters = new Map<string, LoadedParameterSet>();
  for (const folder of [...folders].sort((a, b) => a.id.localeCompare(b.id))) {
    const base = { id: folder.id, meta: folder.meta };
    if (folder.kind === 'criteria') catalog.set(folder.id, { ...base, versions: folder.versions.map(loaded) });
    else if (folder.kind === 'tariff-table') tables.set(folder.id, { ...base, versions: folder.versions.map(loaded) });
    else parameters.set(folder.id, { ...base, versions: folder.versions.map(loaded) });
  }
  return { catalog, parameters: { tables, parameters } };
}

function loaded<T>(version: BundledVersion<T>): { file: string; data: T; lastDay: string | undefined } {
  return { file: version.file, data: version.data, lastDay: version.lastDay ?? undefined };
}

function verify(bundle: RuleBundle, digest: (folders: readonly BundledFolder[]) => string): Issue | undefined {
  if (verified.has(bundle)) return undefined;
  const file = `bundle:${String((bundle as Partial<RuleBundle> | null)?.id)}`;
  if (typeof bundle !== 'object' || bundle === null || bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.folders)) {
    return makeIssue('schema_violation', [], { reason: `not a rule bundle of format ${BUNDLE_FORMAT}; rebuild it with this version of cnas-rules` }, file);
  }
  if (digest(bundle.folders) !== bundle.sha256) {
    return makeIssue('schema_violation', ['sha256'], { reason: 'the content differs from what was checked when the bundle was made (its SHA-256 does not match); rebuild the bundle' }, file);
  }
  verified.add(bundle);
  return undefined;
}
