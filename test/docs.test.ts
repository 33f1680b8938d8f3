import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generated-files.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Every value a keyword of the rule-version format can take (`kind`, `fn`, fact `type`, `hitPolicy`), from its JSON Schema. */
function formatKeywords(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as { properties?: Record<string, { enum?: unknown[]; const?: unknown }> }).properties ?? {};
    for (const keyword of ['kind', 'fn', 'type', 'hitPolicy']) {
      const property = properties[keyword];
      const values = property?.enum ?? (property?.const !== undefined ? [property.const] : []);
      for (const value of values) if (typeof value === 'string') found.set(keyword, (found.get(keyword) ?? new Set()).add(value));
    }
    Object.values(node).forEach(visit);
  };
  visit(JSON.parse(read('schemas/rule-version.schema.json')));
  return found;
}

describe('the docs follow the rules', () => {
  it('the authoring guide explains every gap kind, reading kind, fact type, derived function and hit policy', () => {
    const guide = read('docs/authoring.md');
    const keywords = formatKeywords();
    expect(keywords.get('kind')).toContain('not_encoded');
    const missing = [...keywords].flatMap(([keyword, values]) => [...values].filter((v) => !guide.includes(`\`${v}\``)).map((v) => `${keyword}: ${v}`));
    expect(missing).toEqual([]);
  });

  it('the README table and the CHANGELOG summary are generated from the rules (npm run generate)', () => {
    const files = new Map(generatedFiles());
    const folders = readdirSync(join(root, 'rules'));
    for (const path of ['README.md', 'CHANGELOG.md']) {
      const content = files.get(path);
      expect(content, path).toBeDefined();
      expect(read(path)).toBe(content);
    }
    const readme = files.get('README.md')!;
    const criteria = folders.filter((f) => !/"kind": "(tariff-table|parameters)"/.test(read(join('rules', f, 'set.json'))));
    for (const set of criteria) expect(readme).toContain(`[\`${set}\`](docs/rule-sets/${set}.md)`);
    for (const folder of folders) expect(files.get('CHANGELOG.md')).toContain(`\`${folder}\``);
  });
});
