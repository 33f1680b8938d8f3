/**
 * The build steps after compiling (`tsup`, `tsc -p tsconfig.build.json`):
 * - `dist/rule-bundles/<id>.js`: every folder of the bundled rules as a pre-checked bundle module (parsed
 *   and checked here, with the SHA-256 of the checked content), importable one by one; under Node the
 *   default evaluator reads the rule sets from these, listed in `criteria-sets.json`, instead of
 *   checking the rule files again;
 * - `dist/browser/`: the modules the main entry reaches, with the disk loader replaced by its browser
 *   stand-in; the build fails if any of them imports a Node built-in;
 * - then, for Node only, `dist/load/checking.js` replaced by `checking.node.js`, which loads the
 *   rule-checking functions (zod and the schemas) on their first call instead of with the package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { writeBundleModules } from '../src/load/trusted-bundles.js';
import { bundleRuleTree } from '../src/node.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

function writeBundles(): void {
  const folder = join(dist, 'rule-bundles');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const bundles = bundleRuleTree(join(root, 'rules'));
  writeBundleModules(folder, bundles);
  for (const bundle of bundles) {
    writeFileSync(
      join(folder, `${bundle.id}.d.ts`),
      `import type { RuleBundle } from '../index.js';\n/** The ${bundle.kind} folder \`${bundle.id}\`, pre-checked at build time. */\ndeclare const bundle: RuleBundle<'${bundle.id}'>;\nexport default bundle;\n`,
    );
  }
  const ids = bundles.map((b) => ({ id: b.id, kind: b.kind }));
  writeFileSync(join(folder, 'index.js'), `// The bundles of this build.\nexport const bundles = ${JSON.stringify(ids)};\n`);
  writeFileSync(
    join(folder, 'index.d.ts'),
    `/** The bundles of this build: import each as \`cnas-rules/bundles/<id>\`. */\nexport declare const bundles: ReadonlyArray<{ readonly id: string; readonly kind: 'criteria' | 'tariff-table' | 'parameters' }>;\n`,
  );
  console.log(`bundles: ${bundles.length} written to dist/rule-bundles`);
}

const SWAPS = new Map([[join(dist, 'load', 'default-source.js'), join(dist, 'load', 'default-source.browser.js')]]);
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function writeBrowserCopy(): void {
  const out = join(dist, 'browser');
  rmSync(out, { recursive: true, force: true });
  const pending = [join(dist, 'index.js')];
  const seen = new Set<string>();
  const offenders: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = SWAPS.get(file) ?? file;
    const text = readFileSync(source, 'utf8');
    const target = join(out, relative(dist, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
    for (const [, specifier] of text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else if (NODE_BUILTINS.has(specifier)) offenders.push(`${relative(dist, source)} imports ${specifier}`);
    }
  }
  if (offenders.length > 0) {
    console.error(`the browser build reaches Node built-ins:\n  ${offenders.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`browser build: ${seen.size} modules in dist/browser, no Node built-in`);
}

// Run after the browser copy, which keeps the checking module that imports its functions with it.
function writeNodeSwaps(): void {
  const from = join(dist, 'load', 'checking.node.js');
  writeFileSync(join(dist, 'load', 'checking.js'), readFileSync(from, 'utf8'));
  console.log('node build: rule checking (zod) loaded on first use');
}

writeBundles();
writeBrowserCopy();
writeNodeSwaps();
