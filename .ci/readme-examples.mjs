// Writes each ```ts block of the README to its own module, so that the pack test type-checks the
// examples exactly as printed against the installed package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [readme, out] = process.argv.slice(2);
const blocks = [...readFileSync(readme, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) throw new Error('the README has no TypeScript example');
mkdirSync(out, { recursive: true });
blocks.forEach((code, i) => writeFileSync(join(out, `example-${i + 1}.ts`), `${code}\nexport {};\n`));
console.log(`README: ${blocks.length} TypeScript examples`);
