/**
 * Writes what is derived from the single definitions: the JSON Schemas of the rule-file format
 * (from the zod schemas) and the TypeScript registry of the bundled rule sets (from the rule
 * files). `--check` writes nothing and fails when a committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './generated-files.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files = generatedFiles();
let stale = 0;
for (const [path, content] of files) {
  const file = join(root, path);
  if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
  if (check) {
    console.error(`stale: ${path} (run npm run generate)`);
    stale += 1;
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exit(1);
console.log(`generated files ${check ? 'are up to date' : 'written'} (${files.length})`);
