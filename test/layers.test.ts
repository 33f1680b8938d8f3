import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lower layers never import the layers above them (types included: a type that climbs is the same
// design bug). Ground: errors and calendar. The rule format: ruleset and operators. Facts: parsing and
// derivation. Above them: evaluation, explanation, analysis, cases, batch, loading from disk, CLI.

const src = join(import.meta.dirname, '..', 'src');
const LOWER: Readonly<Record<string, readonly string[]>> = {
  errors: ['errors', 'calendar'],
  calendar: ['errors', 'calendar'],
  facts: ['errors', 'calendar', 'ruleset', 'operators', 'facts'],
};
const UPPER = ['evaluate', 'explain', 'analysis', 'cases', 'batch', 'load', 'cli', 'docs'];

function modulesUnder(folder: string): string[] {
  return readdirSync(join(src, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modulesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** The folders under src/ a module imports from (relative imports only). */
function importedFolders(module: string): string[] {
  const text = readFileSync(join(src, module), 'utf8');
  return [...text.matchAll(/from\s*'(\.[^']+)'/g)].map(([, specifier]) => relative(src, join(dirname(join(src, module)), specifier!)).split('/')[0]!);
}

describe('layers', () => {
  it.each(Object.entries(LOWER))('%s imports only the layers below it', (folder, allowed) => {
    const climbing = modulesUnder(folder).flatMap((module) => importedFolders(module).filter((f) => !allowed.includes(f)).map((f) => `${module} -> ${f}`));
    expect(climbing).toEqual([]);
  });

  it('the rule format (ruleset, operators) imports nothing that evaluates, loads or reports', () => {
    const climbing = [...modulesUnder('ruleset'), ...modulesUnder('operators')].flatMap((module) =>
      importedFolders(module).filter((f) => UPPER.includes(f) || f === 'facts').map((f) => `${module} -> ${f}`),
    );
    expect(climbing).toEqual([]);
  });
});
