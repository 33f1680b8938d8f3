import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// What importing the package loads, read from the sources' import statements as the Node build links
// them: `load/checking.ts` is replaced by `load/checking.node.ts` (scripts/build-package.ts), and an
// import of types only is erased. Evaluating the pre-checked bundled rules must not load the rule
// format's schemas (zod), and json-rules-engine is imported on the first evaluation by its engine:
// together they cost more than the rest of the start-up.

const src = join(import.meta.dirname, '..', 'src');
const NODE_SWAPS = new Map([[join(src, 'load', 'checking.ts'), join(src, 'load', 'checking.node.ts')]]);

/** The modules and packages a module imports for their values. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, clause, specifier] of text.matchAll(/^(?:import|export)\s+([^'";]*?)\s*from\s*'([^']+)'/gms)) {
    if (/^type\s/.test(clause!)) continue;
    const names = /^\{([^}]*)\}$/.exec(clause!.trim());
    if (names && names[1]!.split(',').every((n) => n.trim() === '' || /^type\s/.test(n.trim()))) continue;
    found.push(specifier!);
  }
  for (const [, specifier] of text.matchAll(/^import\s+'([^']+)'/gm)) found.push(specifier!);
  return found;
}

/** Every module and package reached from an entry, each with the chain of imports that reaches it. */
function reached(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.shift()!;
    const linked = NODE_SWAPS.get(file) ?? file;
    for (const specifier of valueImports(linked)) {
      const target = specifier.startsWith('.') ? join(dirname(linked), specifier.replace(/\.js$/, '.ts')) : specifier;
      if (chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      if (specifier.startsWith('.')) pending.push(target);
    }
  }
  return chains;
}

const show = (chain: readonly string[] | undefined) => chain?.map((f) => (f.startsWith('/') ? relative(src, f) : f)).join(' -> ');

describe('what importing the package loads under Node', () => {
  it('the Node entry, the evaluator and the batch worker load neither zod and the rule schemas nor json-rules-engine', () => {
    for (const entry of ['node.ts', 'evaluate/evaluator.ts', 'batch/worker.ts']) {
      const graph = reached(join(src, entry));
      expect(graph.size).toBeGreaterThan(10);
      for (const heavy of ['zod', 'json-rules-engine', join(src, 'ruleset', 'schema.ts'), join(src, 'load', 'check-rules.ts')]) {
        expect(show(graph.get(heavy)), `${entry} reaches ${heavy}`).toBeUndefined();
      }
    }
  });

  it('the checking functions and json-rules-engine are still reachable, through modules loaded on first use', () => {
    const graph = reached(join(src, 'load', 'check-rules.ts'));
    expect(graph.has('zod')).toBe(true);
    expect(readFileSync(join(src, 'load', 'checking.node.ts'), 'utf8')).toContain("('./check-rules.js')");
    expect(readFileSync(join(src, 'evaluate', 'json-rules-engine-module.ts'), 'utf8')).toContain("import('json-rules-engine')");
  });
});
