import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalogsFromBundles } from '../src/bundles/bundle.js';
import { sha256Hex } from '../src/bundles/sha256.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { bundleRuleTree } from '../src/node.js';

const bundles = bundleRuleTree();
const fromDisk = createEvaluator();

describe('pre-checked rule bundles', () => {
  it('computes SHA-256 as Node does, on every bundle and on edge lengths', () => {
    for (const text of ['', 'a', 'ă'.repeat(55), 'x'.repeat(64), 'y'.repeat(119), ...bundles.map((b) => JSON.stringify(b.folders))]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('makes one bundle per folder of the rule tree, each criterion set with the parameters it refers to', () => {
    expect(bundles.filter((b) => b.kind === 'criteria').map((b) => b.id)).toEqual([...fromDisk.catalog.keys()]);
    for (const bundle of bundles) {
      const own = bundle.folders.find((f) => f.id === bundle.id);
      expect(own?.kind).toBe(bundle.kind);
      expect(own?.versions.every((v) => !v.file.startsWith('/'))).toBe(true);
    }
  });

  it('decides the cases of every version as the rules read from disk do', async () => {
    for (const set of fromDisk.catalog.values()) {
      const evaluator = createEvaluator({ bundles: bundles.filter((b) => b.id === set.id) });
      for (const version of set.versions) {
        // The first 25 cases of each version: boundaries come first in every cases file.
        for (const c of (version.cases?.data.cases ?? []).slice(0, 25)) {
          const [a, b] = await Promise.all([
            fromDisk.safeEvaluate(set.id, c.facts, { asOf: c.asOf }),
            evaluator.safeEvaluate(set.id, c.facts, { asOf: c.asOf }),
          ]);
          expect(b, `${set.id} ${c.id}`).toEqual(a);
        }
      }
    }
  }, 120_000);

  it('refuses a bundle changed after it was checked, and one of another layout', () => {
    const [first] = bundles;
    const tampered = JSON.parse(JSON.stringify(first)) as typeof first;
    (tampered!.folders[0]!.meta.title as { en: string }).en = 'changed';
    expect(() => catalogsFromBundles([tampered!])).toThrow(CnasRulesError);
    try {
      catalogsFromBundles([tampered!]);
    } catch (error) {
      expect((error as CnasRulesError).issues[0]).toMatchObject({ code: 'schema_violation', path: ['sha256'], file: `bundle:${first!.id}` });
    }
    expect(() => catalogsFromBundles([{ ...first!, format: 2 as 1 }])).toThrow(CnasRulesError);
  });
});
