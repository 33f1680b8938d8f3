import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CnasRulesError } from '../src/errors/issue.js';
import { MAX_IDLE_ENGINES } from '../src/evaluate/engine-pool.js';
import { compileVersion } from '../src/evaluate/compile.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import { parseJsonText } from '../src/ruleset/json-text.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { buildTariffCatalog } from '../src/parameters/load.js';
import { propertyRuns } from './support/property-runs.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

describe('the engine pool gives back what a burst of concurrent evaluations needed', () => {
  it('keeps at most MAX_IDLE_ENGINES idle engines after 10 000 concurrent evaluations', async () => {
    const evaluator = createEvaluator();
    const version = compileVersion(evaluator.catalog.get('portable-oxygen')!.versions[0]!);
    const running = Array.from({ length: 10_000 }, () => version.pool.use(async (engine) => engine.run({ fev1VcRatioPct: '62' })));
    await Promise.all(running);
    expect(version.pool.size).toBeGreaterThan(MAX_IDLE_ENGINES);
    expect(version.pool.idleCount).toBeLessThanOrEqual(MAX_IDLE_ENGINES);
    await version.pool.use(async () => undefined);
    expect(version.pool.idleCount).toBeLessThanOrEqual(MAX_IDLE_ENGINES);
  }, 60_000);
});

describe('validate and createEvaluator refuse the same trees', () => {
  it('refuses an output that names an unknown parameter in both', () => {
    const root = ruleTreeCopy((r) => {
      const version = oxygenVersion();
      version.outputs[0].rows[0].then.maximum = { parameter: 'program-tariffs/noSuchParameter' };
      writeJson(r, join('portable-oxygen', '2023-07-01.json'), version);
    });
    const documents = readRuleTree(root);
    expect(() => buildCatalog(documents)).not.toThrow();
    const viaValidate = (() => {
      try {
        buildTariffCatalog(documents);
      } catch (error) {
        return (error as CnasRulesError).issues;
      }
      return [];
    })();
    const viaEvaluator = (() => {
      try {
        createEvaluator({ rulesDir: root });
      } catch (error) {
        return (error as CnasRulesError).issues;
      }
      return [];
    })();
    const wanted = { code: 'unknown_reference', path: ['outputs', 0, 'rows', 0, 'then', 'maximum', 'parameter'] };
    expect(viaValidate).toEqual([expect.objectContaining(wanted)]);
    expect(viaEvaluator).toEqual([expect.objectContaining(wanted)]);
  }, 60_000);
});

describe('the strict JSON reader', () => {
  const limits = { maxDepth: 64, maxItems: 10_000 };

  it('reads exactly what JSON.parse reads, for JSON without duplicate or prototype keys or control characters (property)', () => {
    const safeKey = fc.string().filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/.test(k));
    const safeString = fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        safeString,
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(safeKey, tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: 2 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonText(text, limits)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: Math.min(propertyRuns(), 2_000) },
    );
  });

  it('never throws on any text, and refuses what JSON.parse refuses (property)', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"a"', '1', '-0.5e3', 'true', 'null', ' ', '"\\u0000"', '"\\', '01', '"\\x"', '1.', '-');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        const result = parseJsonText(text, limits);
        let native: { ok: boolean } = { ok: true };
        try {
          JSON.parse(text);
        } catch {
          native = { ok: false };
        }
        if (!native.ok) expect(result.ok).toBe(false);
        if (!result.ok) expect(['invalid_json', 'duplicate_key', 'forbidden_key', 'forbidden_character']).toContain(result.problem.code);
      }),
      { numRuns: Math.min(propertyRuns(), 5_000) },
    );
  });

  it('refuses a duplicate key at any depth, with the path, also when one is written with escapes', () => {
    expect(parseJsonText('{"a":[{"b":1,"\\u0062":2}]}', limits)).toEqual({ ok: false, problem: { code: 'duplicate_key', path: ['a', 0, 'b'], key: 'b' } });
  });

  it('reports a syntax error with its line, column and path', () => {
    const result = parseJsonText('{\n  "a": [1, 2,\n  ]\n}', limits);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid_json', path: ['a', 2], reason: expect.stringMatching(/line 3, column 3/) } });
  });

  it('refuses more entries than the limit without reading the rest', () => {
    const result = parseJsonText(`[${'0,'.repeat(20_000)}0]`, limits);
    expect(result).toEqual({ ok: false, problem: { code: 'input_too_large', path: [], limit: 10_000 } });
  });
});
