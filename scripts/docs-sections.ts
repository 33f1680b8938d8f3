/**
 * The parts of README.md and CHANGELOG.md that are counted from the rules, written between markers by
 * `npm run generate` (and checked by `npm run generate:check`), so a rule set added to `rules/` shows
 * up in both without anyone editing them.
 */
import type { RuleCatalog } from '../src/ruleset/catalog.js';
import type { TariffCatalog } from '../src/parameters/load.js';

const START = (name: string) => `<!-- ${name}:start (generated from rules/ by npm run generate; do not edit) -->`;
const END = (name: string) => `<!-- ${name}:end -->`;

/** The text with the section between the markers replaced; fails when the markers are missing. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = text.indexOf(START(name));
  const end = text.indexOf(END(name));
  if (start < 0 || end < start) throw new Error(`the markers of the generated section "${name}" are missing`);
  return `${text.slice(0, start)}${START(name)}\n${content}${text.slice(end)}`;
}

interface Dated {
  readonly versions: ReadonlyArray<{ readonly data: { readonly validFrom: string }; readonly lastDay: string | undefined }>;
}

function period(folder: Dated): string {
  const starts = folder.versions.map((v) => v.data.validFrom).join(', ');
  const last = folder.versions.at(-1)?.lastDay;
  return last ? `${starts} .. ${last}` : `from ${starts}`;
}

function countCases(set: RuleCatalog extends ReadonlyMap<string, infer S> ? S : never): number {
  return set.versions.reduce((n, v) => n + (v.cases?.data.cases.length ?? 0), 0);
}

/** The README's table of rule sets. */
export function readmeRuleSetTable(catalog: RuleCatalog, tariffs: TariffCatalog): string {
  const rows = [...catalog.values()].map(
    (set) => `| [\`${set.id}\`](docs/rule-sets/${set.id}.md) | ${set.meta.title.en} | ${period(set)} | ${set.versions.length} | ${countCases(set)} |`,
  );
  const money = [...tariffs.tables.values(), ...tariffs.parameters.values()].map((f) => `\`${f.id}\``).join(', ');
  return [
    '| Rule set | What it decides | In force | Versions | Cases |',
    '| --- | --- | --- | ---: | ---: |',
    ...rows,
    '',
    `Tariff tables and dated parameters: ${money} (see [\`docs/tariffs.md\`](docs/tariffs.md)).`,
    '',
  ].join('\n');
}

/** The CHANGELOG's count of what the release holds. */
export function changelogContents(catalog: RuleCatalog, tariffs: TariffCatalog): string {
  const sets = [...catalog.values()];
  const cases = sets.reduce((n, s) => n + countCases(s), 0);
  const versions = sets.reduce((n, s) => n + s.versions.length, 0);
  const folders = (kind: string, list: Array<{ id: string } & Dated>) => list.map((f) => `\`${f.id}\` (${f.versions.length} version${f.versions.length === 1 ? '' : 's'})`).join(', ') || `no ${kind}`;
  return [
    `This release holds ${sets.length} rule sets, ${versions} versions and ${cases} cases:`,
    '',
    ...sets.map((s) => `- \`${s.id}\`: ${s.meta.title.en}; ${s.versions.length} version${s.versions.length === 1 ? '' : 's'} (${period(s)}), ${countCases(s)} cases.`),
    `- Tariff tables: ${folders('tariff tables', [...tariffs.tables.values()])}.`,
    `- Parameter folders: ${folders('parameter folders', [...tariffs.parameters.values()])}.`,
    '',
  ].join('\n');
}
