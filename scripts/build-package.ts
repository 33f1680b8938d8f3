/**
 * The build steps after compiling (`tsup`, `tsc -p tsconfig.build.json`):
 * - `dist/rule-bundles/<id>.js`: every folder of the bundled rules as a pre-checked bundle module (parsed
 *   and checked here, with the SHA-256 of the checked content; ASCII text), importable one by one; under
 *   Node the default evaluator reads the rule sets from these, listed in `criteria-sets.json` with the
 *   SHA-256 of each file, instead of checking the rule files again;
 * - `dist/browser/`: the modules the main entry reaches, with the disk loader replaced by its browser
 *   stand-in; the build fails if any of them imports a Node built-in;
 * - then the Node build: the entries (`node.js`, `index.js`, `cli.js`, `batch/worker.js`, and
 *   `load/check-rules.js`, loaded on the first check) bundled with the code they share in
 *   `dist/chunks/`, so that a start resolves and reads a handful of files instead of seventy; the
 *   checking functions (zod and the schemas) are loaded on their first call (`checking.node.ts`).
 *   The modules compiled one by one stay only as `dist/browser/` and the declarations.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type BuildOptions, type Plugin, build } from 'esbuild';
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

const src = join(root, 'src');
const NODE_ENTRIES = ['node.ts', 'index.ts', 'cli.ts', 'batch/worker.ts', 'load/check-rules.ts'];

/** The checking functions are loaded on first use under Node (`checking.node.ts`), with the package otherwise. */
const nodeSwaps: Plugin = {
  name: 'node-swaps',
  setup(b) {
    b.onResolve({ filter: /^\.\/checking\.js$/ }, (args) =>
      args.importer.startsWith(join(src, 'load') + sep) ? { path: join(args.resolveDir, 'checking.node.ts') } : undefined,
    );
  },
};

/**
 * A module that finds files next to itself (`new URL('../rule-bundles/', import.meta.url)`) is written
 * for its place in the source tree; bundled, it sits in another file. Each `import.meta.url` becomes the
 * URL the module would have compiled on its own, computed from where the bundle put it.
 */
function ownUrls(outputDirOf: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'own-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url') || !args.path.startsWith(src + sep)) return undefined;
        const outDir = outputDirOf.get(args.path);
        if (outDir === undefined) throw new Error(`no output known for ${args.path}`);
        const own = join(dist, relative(src, args.path)).replace(/\.ts$/, '.js');
        let path = relative(outDir, own).split(sep).join('/');
        if (!path.startsWith('.')) path = `./${path}`;
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(path)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

async function writeNodeBundle(): Promise<void> {
  const options: BuildOptions = {
    entryPoints: NODE_ENTRIES.map((e) => join(src, e)),
    outbase: src,
    outdir: dist,
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  };
  // First pass: where each module lands (an entry or a shared chunk); second: written with its URLs set.
  const first = await build({ ...options, write: false, plugins: [nodeSwaps] });
  const outputDirOf = new Map<string, string>();
  for (const [output, meta] of Object.entries(first.metafile!.outputs)) {
    for (const input of Object.keys(meta.inputs)) outputDirOf.set(resolve(root, input), dirname(resolve(root, output)));
  }
  const second = await build({ ...options, plugins: [nodeSwaps, ownUrls(outputDirOf)] });
  const written = new Set(Object.keys(second.metafile!.outputs).map((o) => resolve(root, o)));
  for (const [output, meta] of Object.entries(second.metafile!.outputs)) {
    for (const input of Object.keys(meta.inputs)) {
      if (outputDirOf.get(resolve(root, input)) !== dirname(resolve(root, output))) throw new Error(`${input} moved between the two passes`);
    }
  }
  // The modules compiled one by one are not used under Node any more: only their declarations stay.
  let removed = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const top = relative(dist, file).split(sep)[0];
    if (!entry.isFile() || top === 'browser' || top === 'rule-bundles' || written.has(file)) continue;
    if (file.endsWith('.js') || file.endsWith('.js.map')) {
      rmSync(file);
      removed++;
    }
  }
  const files = [...written].filter((f) => f.endsWith('.js'));
  console.log(`node build: ${files.length} files (${NODE_ENTRIES.length} entries, ${files.length - NODE_ENTRIES.length} shared chunks), ${removed} single-module files removed`);
}

writeBundles();
writeBrowserCopy();
await writeNodeBundle();
