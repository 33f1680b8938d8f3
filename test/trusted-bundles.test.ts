import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleModuleText, valueOfBundleModule } from '../src/bundles/bundle-module.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { ruleSourceFor } from '../src/load/default-source.js';
import { trustedBundleSource, writeBundleModules } from '../src/load/trusted-bundles.js';
import { bundleRuleTree } from '../src/node.js';

const fromDisk = createEvaluator();
const bundles = bundleRuleTree();
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A folder laid out as the package's build lays out dist/rule-bundles. */
function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cnas-trusted-'));
  folders.push(dir);
  writeBundleModules(dir, bundles);
  return dir;
}

function refusal(run: () => unknown): CnasRulesError {
  try {
    run();
  } catch (error) {
    if (error instanceof CnasRulesError) return error;
    throw error;
  }
  throw new Error('expected a CnasRulesError');
}

describe('the pre-checked bundles of the build, read one rule set at a time', () => {
  it('knows every rule set without loading any, and loads a set only when asked', () => {
    const dir = built();
    const source = trustedBundleSource(dir)!;
    expect(source.ids).toEqual([...fromDisk.catalog.keys()]);
    // With every other bundle gone, the one asked for still loads: nothing else was read.
    for (const id of source.ids) if (id !== 'portable-oxygen') unlinkSync(join(dir, `${id}.js`));
    expect(source.load('portable-oxygen').versions.length).toBe(fromDisk.catalog.get('portable-oxygen')!.versions.length);
    expect(() => source.load('pet-ct')).toThrow();
  });

  it('gives the decisions of the checked rule files, parameters included', async () => {
    const source = trustedBundleSource(built())!;
    for (const id of source.ids) {
      const set = source.load(id);
      const evaluator = createEvaluator({ catalog: new Map([[id, set]]), parameters: source.parameters });
      for (const version of fromDisk.catalog.get(id)!.versions) {
        for (const c of (version.cases?.data.cases ?? []).slice(0, 10)) {
          const [expected, got] = await Promise.all([fromDisk.safeEvaluate(id, c.facts, { asOf: c.asOf }), evaluator.safeEvaluate(id, c.facts, { asOf: c.asOf })]);
          expect(got, `${id} ${c.id}`).toEqual(expected);
        }
      }
    }
  }, 120_000);

  it('refuses a bundle whose content no longer matches the digest taken when it was checked', () => {
    const dir = built();
    const file = join(dir, 'portable-oxygen.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"validFrom":"', '"validFrom":"1'));
    expect(refusal(() => trustedBundleSource(dir)!.load('portable-oxygen')).issues[0]).toMatchObject({ code: 'schema_violation', path: ['sha256'] });
    writeFileSync(file, 'export default 1;\n');
    expect(refusal(() => trustedBundleSource(dir)!.load('portable-oxygen')).issues[0]).toMatchObject({ code: 'schema_violation', path: ['sha256'], file });
  });

  it('refuses a file of another shape even when the index carries its digest, and an index of another build', () => {
    const dir = built();
    const index = join(dir, 'criteria-sets.json');
    const listed = JSON.parse(readFileSync(index, 'utf8')) as { criteria: string[]; sha256: Record<string, string> };
    for (const [text, reason] of [
      ['export default 1;\n', 'not a generated rule bundle module'],
      ['// x\nexport default {"format":1,"id":"pet-ct","folders":[]};\n', 'not the bundle of the rule set "portable-oxygen"'],
    ] as const) {
      writeFileSync(join(dir, 'portable-oxygen.js'), text);
      listed.sha256['portable-oxygen'] = createHash('sha256').update(text).digest('hex');
      writeFileSync(index, JSON.stringify(listed));
      const issue = refusal(() => trustedBundleSource(dir)!.load('portable-oxygen')).issues[0];
      expect(issue).toMatchObject({ code: 'schema_violation', path: [] });
      expect(issue?.message.en).toContain(reason);
    }
    writeFileSync(index, JSON.stringify({ criteria: listed.criteria }));
    expect(refusal(() => trustedBundleSource(dir)).issues[0]).toMatchObject({ code: 'schema_violation', file: index });
  });

  it('writes modules of ASCII text that export the checked bundles unchanged', () => {
    const dir = built();
    for (const bundle of bundles) {
      const text = readFileSync(join(dir, `${bundle.id}.js`), 'utf8');
      expect(text, bundle.id).toMatch(/^[\x00-\x7f]*$/);
      expect(valueOfBundleModule(text, bundle.id)).toEqual(bundle);
    }
  });

  it('names the rule sets it has when asked for another', () => {
    const issue = refusal(() => trustedBundleSource(built())!.load('no-such-set')).issues[0];
    expect(issue).toMatchObject({ code: 'unknown_rule_set' });
    expect(issue?.params?.known).toContain('portable-oxygen');
  });

  it('is not used where there is no build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cnas-trusted-'));
    folders.push(empty);
    expect(trustedBundleSource(empty)).toBeUndefined();
    // From the TypeScript sources there is no build beside the loader: the rule files are read and checked.
    expect(ruleSourceFor(undefined).referencesChecked).toBe(false);
  });

  it('reads back the value a bundle module exports', () => {
    const value = { a: [1, 'ă\u2028'], b: null };
    expect(valueOfBundleModule(bundleModuleText('a comment\nover two lines', value), 'x.js')).toEqual(value);
  });
});
