import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Detail } from '../../src/evaluate/detail.js';
import { createEvaluator } from '../../src/create-evaluator.js';
import type { BatchRecord } from '../../src/evaluate/evaluate-many.js';
import { asOfFor, patientFor, seededRandom } from './population.js';

// Generated patients per rule set: CNAS_DIFFERENTIAL_PATIENTS when set (`.ci/run` sets 10 000;
// `npx tsx scripts/sweep.ts differential` runs 1 000 000 in all), else 10 000 in CI (`CI` set) and 2 000 locally.
const PATIENTS = Number(process.env.CNAS_DIFFERENTIAL_PATIENTS ?? (process.env.CI ? 10_000 : 2_000));
// Every patient is compared on outcome, criteria, missing facts, gaps and outputs; one in
// CNAS_DIFFERENTIAL_FULL_EVERY also on the full explanation trees (every case always is).
const FULL_EVERY = Number(process.env.CNAS_DIFFERENTIAL_FULL_EVERY ?? 10);
const SEED = Number(process.env.CNAS_DIFFERENTIAL_SEED ?? 20260301);

// One evaluator: `evaluate` runs json-rules-engine (its default) and `evaluateMany` the compiled
// engine (its default), on the same compiled versions, so the static parts of both decisions are
// the same objects and the comparison spends its time on what each engine computed.
// Generated patients are judged on what each text decides: a version with an uncertain first day is taken
// as in force from its earliest day (its default, undetermined answer is pinned by its cases).
const evaluator = createEvaluator({ acceptEarliestStart: true });

interface Comparison {
  readonly count: number;
  readonly outcomes: Map<string, number>;
  readonly found: unknown[];
}

/** Every input through both engines at one detail level: the first inputs whose results differ. */
async function compare(inputs: Iterable<BatchRecord>, detail: Detail): Promise<Comparison> {
  const seen: BatchRecord[] = [];
  const remember = function* () {
    for (const input of inputs) {
      seen.push(input);
      yield input;
    }
  };
  const found: unknown[] = [];
  const outcomes = new Map<string, number>();
  let count = 0;
  for await (const actual of evaluator.evaluateMany(remember(), { detail })) {
    const input = seen.shift()!;
    const expected = await evaluator.safeEvaluate(input.ruleSet, input.facts as Record<string, unknown>, { asOf: input.asOf, detail });
    const { index: _index, ...compiledResult } = actual;
    if (!isDeepStrictEqual(expected, compiledResult) && found.length < 3) found.push({ input, expected, actual: compiledResult });
    const key = actual.ok ? actual.decision.outcome : actual.issues[0]!.code;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    count++;
  }
  return { count, outcomes, found };
}

/** The differential tests of the rule sets whose position in the catalog is `part` modulo `parts` (one file per core). */
export function differentialTests(part: number, parts: number): void {
  const sets = [...evaluator.catalog.values()].filter((_, i) => i % parts === part).map((s) => s.id);

  describe('the compiled engine gives the decisions of json-rules-engine', () => {
    it.each(sets)('on every case of %s, at every detail level', { timeout: 300_000 }, async (ruleSet) => {
      const set = evaluator.catalog.get(ruleSet)!;
      const cases = set.versions.flatMap((v) => v.cases?.data.cases ?? []);
      expect(cases.length).toBeGreaterThan(0);
      for (const detail of ['full', 'criteria', 'outcome'] as const) {
        const { count, found } = await compare(cases.map((c) => ({ ruleSet, asOf: c.asOf, facts: c.facts })), detail);
        expect(count).toBe(cases.length);
        expect(found).toEqual([]);
      }
    });

    it.each(sets)(`on ${PATIENTS} generated patients of %s`, { timeout: 3_600_000 }, async (ruleSet) => {
      const set = evaluator.catalog.get(ruleSet)!;
      const random = seededRandom(SEED + [...ruleSet].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 0));
      const inForce = (asOf: string) => set.versions.find((v) => v.data.validFrom <= asOf && (!v.lastDay || asOf <= v.lastDay)) ?? set.versions[0]!;
      const patients = function* (from: number, to: number) {
        for (let i = from; i < to; i++) {
          const asOf = asOfFor(set.versions, random);
          yield { ruleSet, asOf, facts: patientFor(inForce(asOf).data, asOf, random) };
        }
      };
      const full = Math.ceil(PATIENTS / FULL_EVERY);
      const traced = await compare(patients(0, full), 'full');
      const rest = await compare(patients(full, PATIENTS), 'criteria');
      expect(traced.count + rest.count).toBe(PATIENTS);
      expect([...traced.found, ...rest.found]).toEqual([]);
      // The population reaches decided and undetermined outcomes, so agreement is not only on refusals.
      const outcomes = (key: string) => (traced.outcomes.get(key) ?? 0) + (rest.outcomes.get(key) ?? 0);
      expect(outcomes('undetermined')).toBeGreaterThan(0);
      expect(outcomes('met') + outcomes('not_met')).toBeGreaterThan(0);
    });
  });
}
