import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Almanac } from 'json-rules-engine';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bundledRulesDir } from '../src/bundled-rules.js';
import { runCases } from '../src/cases/run-cases.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { compileVersion } from '../src/evaluate/compile.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import type { SourceDocument } from '../src/ruleset/parse-document.js';
import type { LoadedVersion } from '../src/ruleset/catalog.js';
import { propertyRuns } from './support/property-runs.js';

/**
 * json-rules-engine resolves a condition's `path` (and a value that is `{ fact, path }`) with
 * jsonpath-plus, whose filter expressions have run code (CVE-2024-21534). A rule file must never get
 * there: the format refuses `path`, `params` and fact-reference values, the compiler writes only
 * `{ fact, operator, value }` leaves with a plain value, and the engines get a resolver that throws.
 */

/** The conditions json-rules-engine holds for a compiled version, as it will evaluate them. */
async function engineLeaves(version: LoadedVersion): Promise<Array<Record<string, unknown>>> {
  const compiled = compileVersion(version);
  const rules = await compiled.pool.use(async (engine) => (engine as unknown as { rules: Array<{ conditions: { toJSON: (s: false) => { all: Array<Record<string, unknown>> } } }> }).rules);
  return rules.flatMap((rule) => rule.conditions.toJSON(false).all);
}

function expectPlainLeaves(leaves: ReadonlyArray<Record<string, unknown>>): void {
  for (const leaf of leaves) {
    expect(Object.keys(leaf).sort()).toEqual(['fact', 'operator', 'value']);
    const { value } = leaf;
    expect(typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))).toBe(true);
  }
}

describe('no rule file reaches json-rules-engine\'s JSONPath resolver', () => {
  const evaluator = createEvaluator();
  const pathsSeen: unknown[] = [];
  const original = Almanac.prototype.factValue;
  const counting = vi.spyOn(Almanac.prototype, 'factValue').mockImplementation(function (this: Almanac, ...args: Parameters<Almanac['factValue']>) {
    if (args[2] !== undefined && args[2] !== '') pathsSeen.push(args[2]);
    return original.apply(this, args);
  });
  afterAll(() => counting.mockRestore());

  it('compiles every bundled version to leaves of fact, operator and a plain value only', async () => {
    for (const set of evaluator.catalog.values()) for (const version of set.versions) expectPlainLeaves(await engineLeaves(version));
  });

  it('asks the engine for no fact path while running every bundled case', async () => {
    const results = await runCases(evaluator);
    expect(results.length).toBeGreaterThan(1000);
    expect(counting).toHaveBeenCalled();
    expect(pathsSeen).toEqual([]);
  }, 120_000);

  it('refuses, or compiles to plain leaves, any object put where a condition goes (property)', async () => {
    const setDoc: SourceDocument = { file: join('mem', 'portable-oxygen', 'set.json'), text: readFileSync(join(bundledRulesDir(), 'portable-oxygen', 'set.json'), 'utf8') };
    const base = JSON.parse(readFileSync(join(bundledRulesDir(), 'portable-oxygen', '2023-07-01.json'), 'utf8')) as { criteria: Array<{ when: unknown }> };
    const key = fc.constantFrom('fact', 'operator', 'value', 'path', 'params', 'all', 'any', 'not', 'atLeast', 'of', 'criterion', 'priority', 'name');
    const scalar = fc.oneof(fc.constantFrom('fev1VcRatioPct', 'hasStationaryLtotIndication', 'equal', 'lessThan', '$..*', '$.a', '70', 'a', true, false, 1), fc.string());
    const condition = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.dictionary(key, fc.oneof(scalar, tie('node'), fc.array(tie('node'), { maxLength: 3 })), { maxKeys: 5 }),
        fc.record({ fact: fc.constantFrom('fev1VcRatioPct', 'hasStationaryLtotIndication'), operator: fc.constantFrom('equal', 'lessThan'), value: fc.oneof(scalar, fc.record({ fact: fc.constant('fev1VcRatioPct'), path: fc.constant('$..*') })) }, { requiredKeys: ['fact', 'operator', 'value'] }),
      ),
    })).node;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(condition, fc.nat(base.criteria.length - 1), async (when, index) => {
        const version = structuredClone(base);
        version.criteria[index]!.when = when;
        const docs = [setDoc, { file: join('mem', 'portable-oxygen', '2023-07-01.json'), text: JSON.stringify(version) }];
        let catalog;
        try {
          catalog = buildCatalog(docs);
        } catch (error) {
          expect(error).toBeInstanceOf(CnasRulesError);
          return;
        }
        accepted += 1;
        expectPlainLeaves(await engineLeaves(catalog.get('portable-oxygen')!.versions[0]!));
      }),
      { numRuns: Math.min(propertyRuns(), 300) },
    );
    // The generator reaches valid conditions too, so the property is not only about refusals.
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
