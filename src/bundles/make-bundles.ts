import { type RuleCatalog, buildCatalog } from '../ruleset/catalog.js';
import type { SourceDocument } from '../ruleset/parse-document.js';
import { type TariffCatalog, buildTariffCatalog } from '../parameters/load.js';
import { BUNDLE_FORMAT, type BundledFolder, type RuleBundle, bundleDigest } from './bundle.js';

/**
 * Parses and checks the documents of a rule tree (every problem at once, as the loader does) and
 * makes one bundle per folder: a criterion set with the parameter folders its outputs refer to, a
 * tariff table with every parameters folder (its formulas may name any), a parameters folder alone.
 */
export function makeBundles(documents: readonly SourceDocument[]): RuleBundle[] {
  return bundlesOf(buildCatalog(documents), buildTariffCatalog(documents));
}

function bundlesOf(catalog: RuleCatalog, tariffs: TariffCatalog): RuleBundle[] {
  const parameterFolders = new Map<string, BundledFolder>(
    [...tariffs.parameters.values()].map((f) => [f.id, { id: f.id, kind: 'parameters', meta: f.meta, versions: f.versions.map(plain) }]),
  );
  const bundles: RuleBundle[] = [];
  for (const set of catalog.values()) {
    const referenced = new Set<string>();
    for (const version of set.versions) {
      for (const table of version.data.outputs) {
        for (const row of table.rows) {
          for (const value of Object.values(row.then)) {
            if (typeof value === 'object' && value !== null && 'parameter' in value) referenced.add(String(value.parameter).split('/')[0]!);
          }
        }
      }
    }
    const own: BundledFolder = { id: set.id, kind: 'criteria', meta: set.meta, versions: set.versions.map(plain) };
    bundles.push(bundle(set.id, 'criteria', [own, ...[...referenced].sort().flatMap((id) => parameterFolders.get(id) ?? [])]));
  }
  for (const table of tariffs.tables.values()) {
    const own: BundledFolder = { id: table.id, kind: 'tariff-table', meta: table.meta, versions: table.versions.map(plain) };
    bundles.push(bundle(table.id, 'tariff-table', [own, ...parameterFolders.values()]));
  }
  for (const folder of parameterFolders.values()) bundles.push(bundle(folder.id, 'parameters', [folder]));
  return bundles.sort((a, b) => a.id.localeCompare(b.id));
}

function bundle(id: string, kind: RuleBundle['kind'], folders: BundledFolder[]): RuleBundle {
  // Round-trip through JSON so that the digest is of exactly what a bundle module will hold.
  const data = JSON.parse(JSON.stringify(folders)) as BundledFolder[];
  return { format: BUNDLE_FORMAT, id, kind, sha256: bundleDigest(data), folders: data };
}

/** A version without its cases (which only the `test` command reads) and with `null` for an open end. */
function plain<T>(version: { file: string; data: T; lastDay: string | undefined }): { file: string; data: T; lastDay: string | null } {
  return { file: version.file.replace(/^.*[\\/]([^\\/]+[\\/][^\\/]+)$/, '$1'), data: version.data, lastDay: version.lastDay ?? null };
}
