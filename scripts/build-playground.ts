/**
 * Builds the playground into dist/playground: index.html and main.js, the library bundled for
 * browsers from the package's own browser build, and one chunk per rule set loaded when picked.
 * Needs `npm run build` first (it bundles what the package ships). Prints the weight of each part.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
// The list of bundles the build wrote (imported at run time: it does not exist before `npm run build`).
const { bundles } = (await import(pathToFileURL(join(root, 'dist', 'rule-bundles', 'index.js')).href)) as {
  bundles: ReadonlyArray<{ id: string; kind: string }>;
};
const out = join(root, 'dist', 'playground');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const criteria = bundles.filter((b) => b.kind === 'criteria').map((b) => b.id);
const loaders = `export const loaders = {\n${criteria.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`cnas-rules/bundles/${id}`)}),`).join('\n')}\n};\n`;

const result = await build({
  entryPoints: [join(root, 'playground', 'main.ts')],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  logLevel: 'warning',
  // Resolve 'cnas-rules' as a user would, through the package's exports, not playground/tsconfig.json's path to src.
  tsconfigRaw: {},
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [
    {
      name: 'rule-bundles',
      setup(b) {
        b.onResolve({ filter: /^virtual:rule-bundles$/ }, () => ({ path: 'rule-bundles', namespace: 'virtual' }));
        b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: loaders, loader: 'js', resolveDir: root }));
      },
    },
  ],
});
copyFileSync(join(root, 'playground', 'index.html'), join(out, 'index.html'));

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const main = outputs.find(([file]) => file.endsWith('main.js'));
const zod = outputs.some(([, o]) => Object.keys(o.inputs).some((f) => f.includes('node_modules/zod/')));
if (zod) throw new Error('zod reached the playground bundle');
console.log(`playground: dist/playground, main.js ${main?.[1].bytes ?? 0} bytes, ${outputs.length - 1} chunks (one per rule set and shared code), no zod`);
