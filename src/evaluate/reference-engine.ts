import type { FactState } from '../facts/derive.js';
import { type CompiledVersion, leafKey } from './compile.js';
import { jsonRulesEngineModule } from './json-rules-engine-module.js';
import type { PlanEngine, PlanRun } from './plan-engine.js';
import { type Tri, evaluateCondition } from './three-valued.js';

/** Runs the version's json-rules-engine rule once: the truth of every distinct comparison, unknown where its fact is. */
async function runLeaves(compiled: CompiledVersion, state: FactState): Promise<Tri[]> {
  if (compiled.leaves.length === 0) return [];
  const { Fact } = await jsonRulesEngineModule();
  // Constant facts need no memoising: caching would hash every fact value on every run.
  const facts: Record<string, InstanceType<typeof Fact>> = {};
  for (const [id, value] of state.values) facts[id] = new Fact(id, value, { cache: false });
  const run = await compiled.pool.use((engine) => engine.run(facts));
  const ruleResult = run.results[0] ?? run.failureResults[0];
  const evaluated = (ruleResult?.conditions as unknown as { all: Array<{ result?: boolean }> }).all;
  return compiled.leaves.map(({ condition }, i) => {
    if (!state.values.has(condition.fact)) return 'U';
    const result = evaluated[i]?.result;
    if (typeof result !== 'boolean') throw new Error(`comparison ${leafKey(condition)} was not evaluated`);
    return result ? 'T' : 'F';
  });
}

/**
 * The reference engine: json-rules-engine compares every leaf with the operator table, and the
 * three-valued logic of `three-valued.ts` combines the results condition by condition.
 */
export const jsonRulesEngine: PlanEngine = {
  name: 'json-rules-engine',
  prepare() {},
  async run(compiled, state): Promise<PlanRun> {
    const truths = await runLeaves(compiled, state);
    return {
      truthOf: (leaf) => truths[compiled.leafIndex.get(leaf)!]!,
      condition: evaluateCondition,
    };
  },
};
