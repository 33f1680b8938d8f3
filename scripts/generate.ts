/**
 * Writes what is derived from the single definitions: the JSON Schemas of the rule-file format
 * (from the zod schemas) and the TypeScript registry of the bundled rule sets (from the rule
 * files). `--check` writes nothing and fails when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledRulesDir } from '../src/bundled-rules.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { CasesFile, RuleSetFile, RuleVersionFile } from '../src/ruleset/schema.js';
import { renderRegistry } from '../src/generated/render-registry.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');

function jsonSchema(schema: z.ZodType, id: string, title: string): string {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...generated, $id: `https://cnas-rules.dev/schemas/${id}`, title }, null, 2)}\n`;
}

const outputs: Array<[string, string]> = [
  ['schemas/rule-version.schema.json', jsonSchema(RuleVersionFile, 'rule-version.schema.json', 'cnas-rules: one dated version of a rule set')],
  ['schemas/rule-set.schema.json', jsonSchema(RuleSetFile, 'rule-set.schema.json', 'cnas-rules: a rule set (set.json)')],
  ['schemas/cases.schema.json', jsonSchema(CasesFile, 'cases.schema.json', 'cnas-rules: the cases of one version')],
  ['src/generated/registry.ts', renderRegistry(buildCatalog(readRuleTree(bundledRulesDir())))],
];

let stale = 0;
for (const [path, content] of outputs) {
  const file = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) {
    console.error(`stale: ${path} (run npm run generate)`);
    stale += 1;
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log(`generated files are up to date (${outputs.length})`);
