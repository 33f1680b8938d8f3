#!/usr/bin/env bash
# The package as a user gets it: pack a fresh clone (prepack must build), install the tarball into
# scratch ESM and CommonJS projects, import it both ways, type-check the README's TypeScript examples
# under `nodenext` and `bundler` (strict, noUncheckedIndexedAccess), run the installed CLI, bundle the
# main entry for browsers and run that bundle, and lint the package (publint, are-the-types-wrong).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "-- fresh clone of HEAD, npm ci, npm pack (no build beforehand: prepack has to do it)"
git clone --quiet "$repo" "$work/clone"
(cd "$work/clone" && npm ci --no-audit --no-fund --silent && npm pack --silent --pack-destination "$work" > "$work/pack-name")
tarball="$work/$(tail -n 1 "$work/pack-name")"
size=$(stat -c %s "$tarball")
echo "packed: $(basename "$tarball"), $size bytes"
tar -tzf "$tarball" > "$work/contents"
for needed in package/dist/node.js package/dist/browser/index.js package/dist/rule-bundles/portable-oxygen.js package/LICENSE package/docs/authoring.md; do
  grep -qx "$needed" "$work/contents" || { echo "the tarball has no ${needed#package/}"; exit 1; }
done

echo "-- publint and are-the-types-wrong on the tarball"
(cd "$work/clone" && npx --no-install publint --strict --pack false .)
# ESM only: Node >= 20.19 (the engines floor) loads it with require() too, and TypeScript >= 5.8
# types that under nodenext, which the CommonJS project below checks; attw's node10/node16-cjs
# resolutions predate require(esm), hence the esm-only profile.
(cd "$work/clone" && npx --no-install attw "$tarball" --profile esm-only)

tools="$work/clone/node_modules"
for kind in esm cjs; do
  project="$work/$kind"
  mkdir -p "$project"
  if [ "$kind" = esm ]; then echo '{ "name": "scratch-esm", "private": true, "type": "module" }' > "$project/package.json"
  else echo '{ "name": "scratch-cjs", "private": true, "type": "commonjs" }' > "$project/package.json"; fi
  (cd "$project" && npm install --no-audit --no-fund --silent "$tarball")
done

echo "-- import (ESM) and require (CommonJS), evaluating a bundled rule set"
(cd "$work/esm" && node --input-type=module -e '
  import { createEvaluator } from "cnas-rules";
  const d = await createEvaluator().evaluate("portable-oxygen", { hasStationaryLtotIndication: true }, { asOf: "2025-03-10", acceptEarliestStart: true });
  if (d.outcome !== "not_met") throw new Error(`ESM: expected not_met, got ${d.outcome}`);
  console.log("ESM import: not_met as expected");
')
(cd "$work/cjs" && node -e '
  const { createEvaluator } = require("cnas-rules");
  createEvaluator().evaluate("portable-oxygen", { hasStationaryLtotIndication: true }, { asOf: "2025-03-10", acceptEarliestStart: true }).then((d) => {
    if (d.outcome !== "not_met") { console.error(`CommonJS: expected not_met, got ${d.outcome}`); process.exit(1); }
    console.log("CommonJS require: not_met as expected");
  });
' 2>&1 | grep -v ExperimentalWarning | grep -v 'node --trace-warnings' || true)
(cd "$work/cjs" && node -e 'require("cnas-rules").createEvaluator()' 2>/dev/null) || { echo "CommonJS require failed"; exit 1; }

echo "-- the README's TypeScript examples type-check against the installed package"
mkdir -p "$work/esm/readme"
node "$repo/.ci/readme-examples.mjs" "$repo/README.md" "$work/esm/readme"
cat > "$work/esm/tsconfig.nodenext.json" <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true,
  "noUncheckedIndexedAccess": true, "noEmit": true, "types": [], "lib": ["es2023", "dom"] }, "include": ["readme"] }
JSON
cat > "$work/esm/tsconfig.bundler.json" <<'JSON'
{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "strict": true,
  "noUncheckedIndexedAccess": true, "noEmit": true, "types": [], "lib": ["es2023", "dom"] }, "include": ["readme"] }
JSON
for mode in nodenext bundler; do
  (cd "$work/esm" && "$tools/.bin/tsc" -p "tsconfig.$mode.json") && echo "README examples: type-check under $mode"
done
mkdir -p "$work/cjs/src"
cat > "$work/cjs/src/use.cts" <<'TS'
import cnas = require('cnas-rules');
import type { BundledRegistry } from 'cnas-rules';
const evaluator = cnas.createEvaluator<BundledRegistry>();
// @ts-expect-error: a misspelt fact is a compile error
void evaluator.evaluate('portable-oxygen', { fev1VcRatio: '62' }, { asOf: '2025-03-10' });
TS
cat > "$work/cjs/tsconfig.json" <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true,
  "noUncheckedIndexedAccess": true, "noEmit": true, "types": [] }, "include": ["src"] }
JSON
(cd "$work/cjs" && "$tools/.bin/tsc" -p tsconfig.json) && echo "CommonJS TypeScript (require of the ESM package): type-checks"

echo "-- the installed CLI"
(cd "$work/esm" && npx --no-install cnas-rules --version)
(cd "$work/esm" && npx --no-install cnas-rules validate)
(cd "$work/esm" && npx --no-install cnas-rules explain portable-oxygen --facts "$repo/examples/portable-oxygen-initial.json" --as-of 2025-03-10 --brief > "$work/explain.txt")
head -n 3 "$work/explain.txt"

echo "-- the main entry bundled for browsers (one rule set as data), run"
cat > "$work/esm/browser-entry.js" <<'JS'
import { createEvaluator } from 'cnas-rules';
import oxygen from 'cnas-rules/bundles/portable-oxygen';
const decision = await createEvaluator({ bundles: [oxygen] }).evaluate('portable-oxygen', { hasStationaryLtotIndication: true }, { asOf: '2025-03-10', acceptEarliestStart: true });
if (decision.outcome !== 'not_met') throw new Error(`browser bundle: expected not_met, got ${decision.outcome}`);
JS
(cd "$work/esm" && "$tools/.bin/esbuild" browser-entry.js --bundle --platform=browser --format=esm --minify --log-level=warning --outfile=browser-bundle.js --metafile=browser-meta.json)
(cd "$work/esm" && node browser-bundle.js)
node -e '
  const meta = require(process.argv[1]);
  const [out] = Object.values(meta.outputs);
  const zod = Object.keys(out.inputs).filter((f) => f.includes("node_modules/zod/"));
  if (zod.length > 0) { console.error("zod reached the browser bundle"); process.exit(1); }
  const gz = require("zlib").gzipSync(require("fs").readFileSync(process.argv[2])).length;
  const rules = Object.entries(out.inputs).filter(([f]) => f.includes("rule-bundles")).reduce((n, [, i]) => n + i.bytesInOutput, 0);
  console.log(`browser bundle (createEvaluator + portable-oxygen): ${out.bytes} bytes minified, ${gz} gzipped, of which rule data ${rules}; no zod`);
' "$work/esm/browser-meta.json" "$work/esm/browser-bundle.js"
