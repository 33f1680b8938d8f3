/** The files derived from the single definitions, with the content they must have. */
import { z } from 'zod';
import { bundledRulesDir } from '../src/bundled-rules.js';
import { renderRuleSetPage } from '../src/docs/render-rule-set-page.js';
import { renderRegistry } from '../src/generated/render-registry.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { CasesFile, RuleSetFile, RuleVersionFile } from '../src/ruleset/schema.js';
import { ParametersVersionFile, TariffTableVersionFile } from '../src/ruleset/tariff-schema.js';
import { buildTariffCatalog } from '../src/parameters/load.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogContents, readmeRuleSetTable, replaceSection } from './docs-sections.js';

const root = join(import.meta.dirname, '..');

function jsonSchema(schema: z.ZodType, id: string, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...generated, $id: `https://cnas-rules.dev/schemas/${id}`, title }, null, 2)}\n`;
}

/** Paths relative to the package root, and their generated content. */
export function generatedFiles(): Array<[path: string, content: string]> {
  const documents = readRuleTree(bundledRulesDir());
  const catalog = buildCatalog(documents);
  const tariffs = buildTariffCatalog(documents);
  const current = (path: string) => readFileSync(join(root, path), 'utf8');
  return [
    ['README.md', replaceSection(current('README.md'), 'rule-sets', readmeRuleSetTable(catalog, tariffs))],
    ['CHANGELOG.md', replaceSection(current('CHANGELOG.md'), 'release-contents', changelogContents(catalog, tariffs))],
    ['schemas/rule-version.schema.json', jsonSchema(RuleVersionFile, 'rule-version.schema.json', 'cnas-rules: one dated version of a rule set')],
    ['schemas/rule-set.schema.json', jsonSchema(RuleSetFile, 'rule-set.schema.json', 'cnas-rules: a rule set (set.json)')],
    ['schemas/cases.schema.json', jsonSchema(CasesFile, 'cases.schema.json', 'cnas-rules: the cases of one version')],
    ['schemas/parameters-version.schema.json', jsonSchema(ParametersVersionFile, 'parameters-version.schema.json', 'cnas-rules: one dated version of a parameters folder')],
    ['schemas/tariff-table-version.schema.json', jsonSchema(TariffTableVersionFile, 'tariff-table-version.schema.json', 'cnas-rules: one dated version of a tariff table')],
    ['src/generated/registry.ts', renderRegistry(catalog)],
    ...[...catalog.values()].map((set): [string, string] => [`docs/rule-sets/${set.id}.md`, renderRuleSetPage(set)]),
  ];
}
