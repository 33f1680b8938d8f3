import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each layer imports only the layers below it (and modules of its own layer); a type that climbs is
// the same design bug as a value. Evaluation and everything below it never reach the loader, which
// reads files from disk (Node only, replaced by a stub in the browser build): `createEvaluator`
// (create-evaluator.ts) is where a source of rules is chosen, above both.

const src = join(import.meta.dirname, '..', 'src');

/** The layers, lowest first: a folder of src/, or a module at its root (with its extension). */
const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'calendar'],
  // The rule format: the file schemas, parsing, checking, dates in force.
  ['ruleset', 'operators'],
  // Dated parameters; the facts a caller gives, parsed and derived.
  ['parameters', 'facts'],
  // Pre-checked rules as data (the browser's way in).
  ['bundles'],
  // Compile and evaluate: three-valued logic, explanations, tables, the engines.
  ['evaluate'],
  // Texts of decisions for readers: formatting, rule-set pages.
  ['explain', 'docs'],
  // Reading rule files from disk (Node only); bundled-rules.ts finds the bundled tree.
  ['load', 'bundled-rules.ts'],
  // On top: choosing the rules' source, tariffs, cases, analysis, batch, generated types.
  ['create-evaluator.ts', 'tariffs', 'cases', 'analysis', 'batch', 'generated'],
  // The CLI, then the package's entries.
  ['cli', 'cli.ts'],
  ['index.ts', 'node.ts'],
];
const rankOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

function modulesUnder(folder: string): string[] {
  return readdirSync(join(src, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modulesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** A module's layer name: its folder under src/, or its own file name at the root. */
const layerOf = (path: string) => path.split('/')[0]!;

/** The layer names a module imports from (relative imports only; a root module by its `.ts` name). */
function importedLayers(module: string): string[] {
  const text = readFileSync(join(src, module), 'utf8');
  return [...text.matchAll(/from\s*'(\.[^']+)'/g)].map(([, specifier]) => layerOf(relative(src, join(dirname(join(src, module)), specifier!)).replace(/\.js$/, '.ts')));
}

describe('layers', () => {
  const modules = modulesUnder('.');

  it('every module of src/ belongs to a layer', () => {
    expect(modules.map(layerOf).filter((layer) => !rankOf.has(layer))).toEqual([]);
  });

  it('no module imports a layer above its own', () => {
    const climbing = modules.flatMap((module) => {
      const own = rankOf.get(layerOf(module))!;
      return importedLayers(module)
        .filter((layer) => (rankOf.get(layer) ?? Number.POSITIVE_INFINITY) > own)
        .map((layer) => `${module} -> ${layer}`);
    });
    expect(climbing).toEqual([]);
  });

  it('reads the imports it checks (a climbing import is reported)', () => {
    // The check above would pass on a parser that finds no import at all.
    expect(importedLayers('evaluate/evaluator.ts')).toContain('ruleset');
    expect(importedLayers('create-evaluator.ts')).toEqual(expect.arrayContaining(['evaluate', 'load', 'bundles']));
    expect(rankOf.get('load')!).toBeGreaterThan(rankOf.get('evaluate')!);
  });
});
