import { Fact } from 'json-rules-engine';
import type { FactState } from '../facts/derive.js';
import type { Criterion, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import { type CompiledVersion, leafKey } from './compile.js';
import type { ConditionTrace, CriterionResult, CriterionStatus, MissingFact, OutputResult, ThreeValuedDecision } from './decision.js';
import { activeReaches, reachCriterion, reachOutput } from './gap-reach.js';
import { testsOf, traceCondition } from './trace.js';
import { type ParameterSource, evaluateTables } from './decision-tables.js';
import { type Tri, type Truth, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE, criterionTruth, evaluateCondition } from './three-valued.js';

/** Runs the version's engine once: the truth of every distinct comparison, unknown where its fact is. */
async function runLeaves(compiled: CompiledVersion, state: FactState): Promise<Tri[]> {
  if (compiled.leaves.length === 0) return [];
  // Constant facts need no memoising: caching would hash every fact value on every run.
  const facts = Object.fromEntries([...state.values].map(([id, value]) => [id, new Fact(id, value, { cache: false })]));
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

const STATUS_VERDICT: Record<CriterionStatus, Truth> = { met: 'T', not_met: 'F', unknown: 'U', not_applicable: 'N' };
const TRUTH_STATUS: Record<Truth, CriterionStatus> = { T: 'met', F: 'not_met', U: 'unknown', N: 'not_applicable' };

/** A criterion's explanation where none is wanted: a completion tried for a decision is never shown. */
const UNEXPLAINED: ConditionTrace = { kind: 'all', status: 'unknown', parts: [] };

/**
 * Evaluates a compiled version on parsed facts: criteria, outcome, outputs, all explained (unless
 * `explain` is false: the completions tried for a decision need the statuses only).
 */
export async function evaluateVersion(
  compiled: CompiledVersion,
  state: FactState,
  asOf: string,
  parameterOf: ParameterSource,
  explain = true,
): Promise<ThreeValuedDecision> {
  const { data } = compiled;
  const leafTruth = await runLeaves(compiled, state);
  const truthOf = (leaf: FactCondition): Tri => leafTruth[compiled.leafIndex.get(leaf)!]!;
  const missingOf = (fact: string) => (state.lacking.get(fact) ?? [fact]) as string[];

  const reaches = activeReaches(data, asOf, state);
  const criterionResults = new Map<string, CriterionResult>();
  const source: VerdictSource = {
    fact(leaf) {
      const value = truthOf(leaf);
      if (value === 'T') return VERDICT_TRUE;
      if (value === 'F') return VERDICT_FALSE;
      return { value: 'U', missing: missingOf(leaf.fact), gaps: [] };
    },
    criterion(id) {
      const result = criterionOf(id);
      return { value: STATUS_VERDICT[result.status], missing: result.missingFacts, gaps: result.unresolvedGaps };
    },
    gap(id) {
      return { value: 'U', missing: [], gaps: [id] };
    },
  };
  const criterionOf = (id: string): CriterionResult => {
    const known = criterionResults.get(id);
    if (known) return known;
    const criterion = compiled.criteria.get(id)!;
    const evaluated = evaluateCriterion(criterion, compiled, source, state, explain);
    const result = reaches.length > 0 ? reachCriterion(evaluated, reaches) : evaluated;
    criterionResults.set(id, result);
    return result;
  };
  const criteria = Object.fromEntries(data.criteria.map((c) => [c.id, criterionOf(c.id)]));

  const outcomeCondition = data.outcome ?? { all: data.criteria.map((c) => ({ criterion: c.id })) };
  const outcome = evaluateCondition(outcomeCondition, source);
  const tables = evaluateTables(compiled, source, state, outcome, parameterOf);
  const outputs = reaches.length > 0 ? Object.fromEntries(Object.entries(tables).map(([id, o]) => [id, reachOutput(o, reaches)])) : tables;

  const gapIds = new Set(outcome.value === 'U' ? outcome.gaps : []);
  const caveatIds = new Set([...Object.values(criteria), ...Object.values(outputs)].flatMap((r) => r.caveats ?? []));
  return {
    ruleSet: data.ruleSet,
    asOf,
    // An outcome whose every part does not apply leaves nothing met.
    outcome: outcome.value === 'T' ? 'met' : outcome.value === 'U' ? 'undetermined' : 'not_met',
    criteria,
    missingFacts: outcome.value === 'U' ? listMissing(outcome.missing, criteria, outputs, data) : [],
    unresolvedGaps: compiled.info.sourceGaps.filter((gap) => gapIds.has(gap.id)),
    ...(caveatIds.size > 0 ? { caveats: compiled.info.sourceGaps.filter((gap) => caveatIds.has(gap.id)) } : {}),
    outputs,
    version: compiled.info,
  };
}

function evaluateCriterion(
  criterion: Criterion,
  compiled: CompiledVersion,
  source: VerdictSource,
  state: FactState,
  explain: boolean,
): CriterionResult {
  const applies: Verdict = criterion.appliesWhen ? evaluateCondition(criterion.appliesWhen, source) : VERDICT_TRUE;
  const body = evaluateCondition(criterion.when, source);
  const status = TRUTH_STATUS[criterionTruth(applies.value, body.value)];
  // Unknown while the condition is: or, when whether it applies is unknown too, knowing either could decide it.
  const open: Verdict[] = status !== 'unknown' ? [] : applies.value === 'T' ? [body] : [applies, body];
  const explanation = explain ? traceCondition(criterion.when, body, compiled.data, state) : UNEXPLAINED;
  return {
    id: criterion.id,
    status,
    title: criterion.title,
    law: criterion.law,
    citation: compiled.citations.get(criterion.id)!,
    tests: testsOf(explanation),
    explanation,
    missingFacts: status === 'unknown' ? [...new Set(open.flatMap((v) => v.missing))] : [],
    unresolvedGaps: status === 'unknown' ? [...new Set(open.flatMap((v) => v.gaps))] : [],
  };
}

/** The missing facts in criterion order, each with the criteria and outputs that wait for it. */
function listMissing(
  facts: readonly string[],
  criteria: Record<string, CriterionResult>,
  outputs: Record<string, OutputResult>,
  data: RuleVersionFile,
): MissingFact[] {
  const waiting = [...Object.values(criteria), ...Object.values(outputs)];
  const ordered = [...new Set([...waiting.flatMap((w) => w.missingFacts), ...facts])].filter((f) => facts.includes(f));
  return ordered.map((fact) => ({
    fact,
    label: data.facts[fact]!.label,
    neededBy: waiting.filter((w) => w.missingFacts.includes(fact)).map((w) => w.id),
  }));
}
