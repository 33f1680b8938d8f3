import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledRulesDir } from '../../src/bundled-rules.js';

/** The bundled portable-oxygen version file, parsed, to mutate into test fixtures. */
export function oxygenVersion(): Record<string, any> {
  return JSON.parse(readFileSync(join(bundledRulesDir(), 'portable-oxygen', '2023-07-01.json'), 'utf8'));
}

/** A temporary copy of the bundled rule tree, with `edit` applied to it. */
export function ruleTreeCopy(edit: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'cnas-rules-'));
  cpSync(bundledRulesDir(), root, { recursive: true });
  edit(root);
  return root;
}

/** Writes a JSON document into a rule tree. */
export function writeJson(root: string, relative: string, value: unknown): string {
  const file = join(root, relative);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}
