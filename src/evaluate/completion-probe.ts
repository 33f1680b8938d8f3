import type { FactState } from '../facts/derive.js';
import type { FactValue } from '../facts/parse-facts.js';
import type { CompiledVersion } from './compile.js';
import { type Truths, completedTruths, runCompiled, violatesConstraints } from './compiled-engine.js';
import { completeState } from './completed-state.js';
import type { ProbeCompletion } from './decide-over-completions.js';
import type { CriterionResult, CriterionStatus, Decision, OutputResult } from './decision.js';
import type { ParameterSource } from './decision-tables.js';
import { outputsOnRequest } from './evaluate-version.js';
import { evaluateOutputTable } from './decision-tables.js';
import { activeReaches, reachCriterion, reachOutput } from './gap-reach.js';
import type { PlanRun } from './plan-engine.js';
import { type Truth, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE, criterionTruth } from './three-valued.js';

/**
 * What a completion tried for a decision is asked: the outcome, the status of one criterion, one
 * output. Each is computed on first request, so a completion tried for one criterion evaluates that
 * criterion and what it refers to, and nothing else.
 */
export interface CompletionProbe {
  outcome(): Decision['outcome'];
  status(criterion: string): CriterionStatus;
  output(id: string): OutputResult;
}

const TRUTH_STATUS: Record<Truth, CriterionStatus> = { T: 'met', F: 'not_met', U: 'unknown', N: 'not_applicable' };
const freeze = (value: Verdict['value']): Verdict => Object.freeze({ value, missing: Object.freeze([]) as never, gaps: Object.freeze([]) as never });
/**
 * Verdicts without the facts and gaps they lack: a completion is asked only for values, and the
 * three-valued logic computes a value from its parts' values alone.
 */
const STATUS_VERDICT: Record<CriterionStatus, Verdict> = {
  met: VERDICT_TRUE,
  not_met: VERDICT_FALSE,
  unknown: freeze('U'),
  not_applicable: freeze('N'),
};

/**
 * A completion of a version's unknown facts, evaluated for statuses only: no explanation, no list of
 * missing facts, no table that is not asked for. `run` should be an engine run without explanation,
 * which may stop at the first part that decides a condition. An output is asked for rarely (only for
 * an undetermined output) and is evaluated as the whole decision would give it, missing facts included.
 */
export function probeVersion(compiled: CompiledVersion, state: FactState, asOf: string, parameterOf: ParameterSource, run: PlanRun): CompletionProbe {
  const reaches = activeReaches(compiled.data, asOf, state);
  const statuses = new Map<string, CriterionStatus>();
  const source: VerdictSource = {
    fact(leaf) {
      const truth = run.truthOf(leaf);
      return truth === 'T' ? VERDICT_TRUE : truth === 'F' ? VERDICT_FALSE : STATUS_VERDICT.unknown;
    },
    criterion: (id) => STATUS_VERDICT[status(id)],
    gap: () => STATUS_VERDICT.unknown,
    // A fact whose presence is read is completed only when it was given as bounds, so the completion
    // has it exactly when the caller gave it.
    given: (fact) => (state.values.has(fact) || state.bounds?.has(fact) === true ? VERDICT_TRUE : VERDICT_FALSE),
  };
  const status = (id: string): CriterionStatus => {
    const known = statuses.get(id);
    if (known) return known;
    const criterion = compiled.criteria.get(id)!;
    const applies: Truth = criterion.appliesWhen ? run.condition(criterion.appliesWhen, source).value : 'T';
    let found = TRUTH_STATUS[criterionTruth(applies, run.condition(criterion.when, source).value)];
    // A gap that reaches the criterion changes its status as it does in the whole decision.
    if (reaches.length > 0) found = reachCriterion({ id, status: found, missingFacts: [], unresolvedGaps: [] } as unknown as CriterionResult, reaches).status;
    statuses.set(id, found);
    return found;
  };
  let outcomeVerdict: Verdict | undefined;
  const outcomeOf = () => (outcomeVerdict ??= run.condition(compiled.outcomeCondition, source));
  let outcome: Decision['outcome'] | undefined;
  // Outputs are asked of few completions: their maps are made on the first request.
  let inFull: ((id: string) => OutputResult) | undefined;
  let outputs: Map<string, OutputResult> | undefined;
  return {
    outcome() {
      if (outcome === undefined) {
        const value = outcomeOf().value;
        outcome = value === 'T' ? 'met' : value === 'U' ? 'undetermined' : 'not_met';
      }
      return outcome;
    },
    status,
    output(id) {
      const known = outputs?.get(id);
      if (known) return known;
      // From the values alone first: a decided output (rows known, nothing pending) lacks nothing, so
      // it is the output the whole decision gives. An undetermined one is evaluated again, in full,
      // for the facts it lacks.
      const table = compiled.tables.get(id)!;
      let found = evaluateOutputTable(table, compiled, source, state, outcomeOf, parameterOf, run.condition);
      if (reaches.length > 0) found = reachOutput(found, reaches);
      if (found.status === 'undetermined' || found.status === 'partial') found = (inFull ??= outputsOnRequest(compiled, state, asOf, parameterOf, run))(id);
      (outputs ??= new Map()).set(id, found);
      return found;
    },
  };
}

/**
 * The completions of one decision, probed on the compiled plan without explanation: each starts from
 * the decision's truths and recomputes only the comparisons of the facts it gives; one the version's
 * constraints refuse is left out.
 */
export function completionProbes(compiled: CompiledVersion, state: FactState, truths: Truths, asOf: string, parameterOf: ParameterSource): ProbeCompletion {
  return (assigned: ReadonlyArray<readonly [string, FactValue]>) => {
    const completed = completedTruths(compiled, truths, assigned);
    if (violatesConstraints(compiled, completed)) return undefined;
    const completedState = completeState(state, assigned);
    return probeVersion(compiled, completedState, asOf, parameterOf, runCompiled(compiled, completedState, false, completed));
  };
}
