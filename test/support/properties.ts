import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type Issue } from '../../src/errors/issue.js';
import { createEvaluator } from '../../src/create-evaluator.js';
import { inputFor } from './fact-arbitraries.js';
import { presenceAffectingOutcome } from './presence.js';
import { propertyRuns, propertySeed } from './property-runs.js';

/**
 * Properties of evaluation over generated facts, for every bundled rule set. The number of runs per
 * set is CNAS_PROPERTY_RUNS (10 000 by default); see docs/security.md for a long sweep.
 */

const evaluator = createEvaluator();

/**
 * The stated bound on one decision: generated facts are at most a few kilobytes (every input limit
 * holds them far below that), so every decision, refusal included, comes well within this. It guards
 * against a regression to unbounded cost; it leaves room for a loaded machine and is not a benchmark.
 */
export const DECISION_BOUND_MS = 2_000;

const codes = new Set<string>(ISSUE_CODES);

function expectWellFormed(issue: Issue): void {
  expect(codes.has(issue.code)).toBe(true);
  expect(Array.isArray(issue.path)).toBe(true);
  for (const part of issue.path) expect(['string', 'number']).toContain(typeof part);
  expect(typeof issue.message.en === 'string' && issue.message.en.length > 0).toBe(true);
  expect(typeof issue.message.ro === 'string' && issue.message.ro.length > 0).toBe(true);
}

const settings = () => ({ numRuns: propertyRuns(), ...(propertySeed() !== undefined && { seed: propertySeed() }) });

/** Facts with each of `facts`'s keys but one. */
function without(facts: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(facts)) if (k !== key) Object.defineProperty(copy, k, { value: facts[k], enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The property tests of the rule sets whose position in the catalog is `part` modulo `parts` (one file per core). */
export function propertyTests(part: number, parts: number): void {
  const criteriaSets = [...evaluator.catalog.values()].filter((_, i) => i % parts === part);
  describe.each(criteriaSets.map((set) => [set.id, set] as const))('%s over generated facts', (id, set) => {
    it(`safeEvaluate never rejects, its issues are well formed, its decisions are repeatable, bounded in time, and only grow undetermined as facts are removed`, async () => {
      const stats = { decided: 0, undetermined: 0, refused: 0, removals: 0, slowestMs: 0 };
      // Removing a fact whose presence the outcome reads changes the question, not only what is known of it;
      // a fact whose presence only an output reads may be removed (the outcome is completed through it).
      const presence = new Set(set.versions.flatMap((version) => [...presenceAffectingOutcome(version.data)]));
      await fc.assert(
        fc.asyncProperty(inputFor(set), fc.nat(), async ({ facts, asOf }, pick) => {
          const options = { asOf: asOf as string };
          const started = performance.now();
          const first = await evaluator.safeEvaluate(id, facts, options);
          const elapsed = performance.now() - started;
          stats.slowestMs = Math.max(stats.slowestMs, elapsed);
          expect(elapsed).toBeLessThan(DECISION_BOUND_MS);

          if (!first.ok) {
            stats.refused += 1;
            expect(first.issues.length).toBeGreaterThan(0);
            first.issues.forEach(expectWellFormed);
          }
          const again = await evaluator.safeEvaluate(id, facts, options);
          expect(JSON.stringify(again)).toBe(JSON.stringify(first));

          if (!first.ok) return;
          const { outcome } = first.decision;
          if (outcome === 'undetermined') {
            stats.undetermined += 1;
            return;
          }
          stats.decided += 1;
          const keys = Object.keys(facts).filter((key) => !presence.has(key));
          if (keys.length === 0) return;
          const removed = await evaluator.safeEvaluate(id, without(facts, keys[pick % keys.length]!), options);
          if (!removed.ok) return; // removing a fact can only remove problems, but a refusal is no decision to compare
          stats.removals += 1;
          expect([outcome, 'undetermined']).toContain(removed.decision.outcome);
        }),
        settings(),
      );
      // The generator must reach decisions, or the properties above would hold vacuously.
      expect(stats.decided + stats.undetermined).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
      if (process.env.CNAS_PROPERTY_REPORT) console.log(JSON.stringify({ set: id, runs: propertyRuns(), ...stats }));
    }, 30 * 60_000);

    it('gives the same results for 1 000 concurrent evaluations as for the same evaluations one at a time', async () => {
      const inputs = fc.sample(inputFor(set), { numRuns: 1_000, seed: 9 });
      const sequential: string[] = [];
      for (const { facts, asOf } of inputs) sequential.push(JSON.stringify(await evaluator.safeEvaluate(id, facts, { asOf: asOf as string })));
      const concurrent = await Promise.all(inputs.map(({ facts, asOf }) => evaluator.safeEvaluate(id, facts, { asOf: asOf as string })));
      expect(concurrent.map((r) => JSON.stringify(r))).toEqual(sequential);
    }, 120_000);
  });
}
