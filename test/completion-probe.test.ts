import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkConstraints } from '../src/evaluate/check-constraints.js';
import { deriveFacts } from '../src/facts/derive.js';
import { type FactValue, parseFacts } from '../src/facts/parse-facts.js';
import { loadRuleTree } from '../src/load/default-source.js';
import { compileVersion } from '../src/evaluate/compile.js';
import { runCompiled, truthsOf } from '../src/evaluate/compiled-engine.js';
import type { CompletionProbe } from '../src/evaluate/completion-probe.js';
import { completionProbes } from '../src/evaluate/completion-probe.js';
import { decideOverCompletions } from '../src/evaluate/decide-over-completions.js';
import { evaluateVersion } from '../src/evaluate/evaluate-version.js';
import type { PlanRun } from '../src/evaluate/plan-engine.js';
import { evaluateCondition } from '../src/evaluate/three-valued.js';
import { findParameter } from '../src/tariffs/tariffs.js';
import { asOfFor, patientFor, seededRandom } from './support/population.js';

/**
 * The completions tried for a decision are evaluated for statuses only, lazily, on the compiled plan
 * without explanation. Here every decision of every case, and of generated patients, is decided
 * again with each completion evaluated in full by the reference three-valued logic (the whole
 * decision, every criterion and table, `evaluateCondition` instead of compiled nodes): both must agree.
 */

const PATIENTS = Number(process.env.CNAS_COMPLETION_PATIENTS ?? 300);
const { catalog, parameters } = loadRuleTree(undefined);

/** A decision through `decideOverCompletions`, with completions probed cheaply or in full. */
function decideBoth(version: ReturnType<typeof compileVersion>, facts: unknown, asOf: string) {
  const parsed = parseFacts(facts, version.data.facts);
  if (parsed.issues.length > 0) return undefined;
  const state = deriveFacts(parsed.facts, version.data.derived, asOf);
  if (checkConstraints(version.data, state).length > 0) return undefined;
  const parameterOf = (id: string) => {
    const found = findParameter(parameters, id, asOf, ['outputs']);
    if (!('value' in found)) throw new Error(`no parameter ${id}`);
    return { id, value: found.value, unit: found.unit, citation: found.citation };
  };
  const base = evaluateVersion(version, state, asOf, parameterOf, runCompiled(version, state, true), false);
  const cheap = decideOverCompletions(version.data, state, base, completionProbes(version, state, truthsOf(version, state.values), asOf, parameterOf));
  // The reference copies the facts, checks the constraints on them with the reference logic, and evaluates everything.
  const inFull = (assigned: ReadonlyArray<readonly [string, FactValue]>): CompletionProbe | undefined => {
    const s = { values: new Map(state.values), lacking: new Map(state.lacking) };
    for (const [fact, value] of assigned) {
      s.values.set(fact, value);
      s.lacking.delete(fact);
    }
    if (checkConstraints(version.data, s).length > 0) return undefined;
    const compiledRun = runCompiled(version, s, true);
    const run: PlanRun = { truthOf: compiledRun.truthOf, condition: evaluateCondition };
    const decision = evaluateVersion(version, s, asOf, parameterOf, run, false);
    return { outcome: () => decision.outcome, status: (id) => decision.criteria[id]!.status, output: (id) => decision.outputs[id]! };
  };
  const reference = decideOverCompletions(version.data, state, base, inFull);
  return { cheap, reference };
}

describe('completions probed for statuses only decide as completions evaluated in full', () => {
  it.each([...catalog.keys()])(`%s: every case and ${PATIENTS} generated patients`, (ruleSet) => {
    const set = catalog.get(ruleSet)!;
    const versions = set.versions.map(compileVersion);
    const inForce = (asOf: string) => versions.find((v) => v.data.validFrom <= asOf && (!v.loaded.lastDay || asOf <= v.loaded.lastDay));
    const random = seededRandom(20260302 + ruleSet.length);
    const inputs = [
      ...set.versions.flatMap((v) => (v.cases?.data.cases ?? []).map((c) => ({ asOf: c.asOf, facts: c.facts as unknown }))),
      ...Array.from({ length: PATIENTS }, () => {
        const asOf = asOfFor(set.versions, random);
        return { asOf, facts: patientFor((inForce(asOf) ?? versions[0]!).data, asOf, random) as unknown };
      }),
    ];
    let compared = 0;
    let completed = 0;
    const differences: unknown[] = [];
    for (const { asOf, facts } of inputs) {
      const version = inForce(asOf);
      if (!version) continue;
      const both = decideBoth(version, facts, asOf);
      if (!both) continue;
      compared += 1;
      completed += both.cheap.completion.completions;
      if (!isDeepStrictEqual(both.cheap, both.reference) && differences.length < 3) differences.push({ asOf, facts, cheap: both.cheap, reference: both.reference });
    }
    expect(differences).toEqual([]);
    // Not vacuous: decisions were compared, and some of them tried completions.
    expect(compared).toBeGreaterThan(0);
    expect(completed).toBeGreaterThan(0);
  });
});
