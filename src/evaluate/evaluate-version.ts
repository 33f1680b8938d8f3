import type { FactState } from '../facts/derive.js';
import type { Criterion, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import type { CompiledVersion } from './compile.js';
import type { CriterionResult, CriterionStatus, Decision, MissingFact, OutputResult, ThreeValuedDecision, VersionInfo } from './decision.js';
import type { CriterionSummary, DecisionAt, Detail } from './detail.js';
import { type ActiveReach, activeReaches, reachCriterion, reachOutput } from './gap-reach.js';
import type { PlanRun } from './plan-engine.js';
import { testsOf, traceCondition } from './trace.js';
import { type ParameterSource, evaluateOutputTable, evaluateTables } from './decision-tables.js';
import { type Tri, type Truth, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE, criterionTruth } from './three-valued.js';

const STATUS_VERDICT: Record<CriterionStatus, Truth> = { met: 'T', not_met: 'F', unknown: 'U', not_applicable: 'N' };
const TRUTH_STATUS: Record<Truth, CriterionStatus> = { T: 'met', F: 'not_met', U: 'unknown', N: 'not_applicable' };

/**
 * Assembles the decision of a compiled version on parsed facts from an engine's run of its plan:
 * criteria, outcome, outputs, explained unless `explain` is false (a completion tried for a decision,
 * or a caller who asked for less detail: see {@link atDetail}).
 */
export function evaluateVersion(
  compiled: CompiledVersion,
  state: FactState,
  asOf: string,
  parameterOf: ParameterSource,
  run: PlanRun,
  explain = true,
): ThreeValuedDecision {
  const { data } = compiled;
  const evaluateCondition = run.condition;
  const { reaches, source, criterionOf } = verdictContext(compiled, state, asOf, run, explain);
  const criteria: Record<string, CriterionResult | CriterionSummary> = {};
  for (const criterion of data.criteria) criteria[criterion.id] = criterionOf(criterion.id);

  const outcome = evaluateCondition(compiled.outcomeCondition, source);
  const outputs = evaluateTables(compiled, source, state, outcome, parameterOf, evaluateCondition);
  if (reaches.length > 0) for (const id of Object.keys(outputs)) outputs[id] = reachOutput(outputs[id]!, reaches);

  const caveatIds = addCaveats(outputs, addCaveats(criteria, undefined));
  const ruleSet = data.ruleSet;
  // An outcome whose every part does not apply leaves nothing met.
  const answer = outcome.value === 'T' ? 'met' : outcome.value === 'U' ? 'undetermined' : 'not_met';
  const missingFacts = outcome.value === 'U' ? listMissing(outcome.missing, criteria, outputs, data) : [];
  const unresolvedGaps = outcome.value === 'U' && outcome.gaps.length > 0 ? compiled.info.sourceGaps.filter((gap) => outcome.gaps.includes(gap.id)) : [];
  const version = compiled.info;
  // Object literals of one shape each, in the order the fields are documented.
  return (
    caveatIds
      ? { ruleSet, asOf, outcome: answer, criteria, missingFacts, unresolvedGaps, caveats: compiled.info.sourceGaps.filter((gap) => caveatIds.has(gap.id)), outputs, version }
      : { ruleSet, asOf, outcome: answer, criteria, missingFacts, unresolvedGaps, outputs, version }
  ) as ThreeValuedDecision;
}

interface VerdictContext {
  readonly reaches: readonly ActiveReach[];
  readonly source: VerdictSource;
  criterionOf(id: string): CriterionResult | CriterionSummary;
}

/** The verdicts of a version's facts, criteria and gaps on one run, each criterion evaluated once, on first use. */
function verdictContext(compiled: CompiledVersion, state: FactState, asOf: string, run: PlanRun, explain: boolean): VerdictContext {
  const truthOf = (leaf: FactCondition): Tri => run.truthOf(leaf);
  const missingOf = (fact: string) => (state.lacking.get(fact) ?? [fact]) as string[];
  const reaches = activeReaches(compiled.data, asOf, state);
  const criterionResults = new Map<string, CriterionResult | CriterionSummary>();
  const criterionVerdicts = new Map<string, Verdict>();
  const source: VerdictSource = {
    fact(leaf) {
      const value = truthOf(leaf);
      if (value === 'T') return VERDICT_TRUE;
      if (value === 'F') return VERDICT_FALSE;
      return { value: 'U', missing: missingOf(leaf.fact), gaps: [] };
    },
    criterion(id) {
      let verdict = criterionVerdicts.get(id);
      if (!verdict) {
        const result = criterionOf(id);
        verdict = { value: STATUS_VERDICT[result.status], missing: result.missingFacts, gaps: result.unresolvedGaps };
        criterionVerdicts.set(id, verdict);
      }
      return verdict;
    },
    gap(id) {
      return { value: 'U', missing: [], gaps: [id] };
    },
    given(fact) {
      // A number given as bounds was given: the caller answered, though not with one value.
      return state.values.has(fact) || state.bounds?.has(fact) === true ? VERDICT_TRUE : VERDICT_FALSE;
    },
  };
  const criterionOf = (id: string): CriterionResult | CriterionSummary => {
    const known = criterionResults.get(id);
    if (known) return known;
    const criterion = compiled.criteria.get(id)!;
    const evaluated = evaluateCriterion(criterion, compiled, source, state, run, explain);
    // A provision not encoded reaches the criteria it could change (a summary reaches like a full result).
    const result = reaches.length > 0 ? reachCriterion(evaluated as CriterionResult, reaches) : evaluated;
    criterionResults.set(id, result);
    return result;
  };
  return { reaches, source, criterionOf };
}

/**
 * The outputs of the decision {@link evaluateVersion} would give, without explanation, each evaluated
 * on first request with only what its table reads (the outcome only for a table that waits for it).
 */
export function outputsOnRequest(compiled: CompiledVersion, state: FactState, asOf: string, parameterOf: ParameterSource, run: PlanRun): (id: string) => OutputResult {
  let context: VerdictContext | undefined;
  let outcome: Verdict | undefined;
  const outputs = new Map<string, OutputResult>();
  return (id) => {
    const known = outputs.get(id);
    if (known) return known;
    context ??= verdictContext(compiled, state, asOf, run, false);
    const { reaches, source } = context;
    const table = compiled.tables.get(id)!;
    const outcomeOf = () => (outcome ??= run.condition(compiled.outcomeCondition, source));
    const evaluated = evaluateOutputTable(table, compiled, source, state, outcomeOf, parameterOf, run.condition);
    const output = reaches.length > 0 ? reachOutput(evaluated, reaches) : evaluated;
    outputs.set(id, output);
    return output;
  };
}

/**
 * A decision reduced to the detail asked for: `full` as it is, `criteria` without explanation trees
 * (already so when evaluated without them), `outcome` without criteria and static text.
 */
export function atDetail<D extends Detail>(decision: Decision, detail: D): DecisionAt<D> {
  if (detail === 'full') return decision as unknown as DecisionAt<D>;
  if (detail === 'criteria') {
    const criteria: Record<string, CriterionSummary> = {};
    for (const id in decision.criteria) {
      const criterion = decision.criteria[id]!;
      // Evaluated without explanations, a criterion has nothing to take out.
      if (!('tests' in criterion) && !('explanation' in criterion) && !('applicabilityExplanation' in criterion)) criteria[id] = criterion;
      else {
        const { tests: _tests, explanation: _explanation, applicabilityExplanation: _applicability, ...summary } = criterion;
        criteria[id] = summary;
      }
    }
    return { ...decision, criteria } as unknown as DecisionAt<D>;
  }
  const answers = copyWithout(decision, DECISION_PARTS);
  const { outputs } = decision;
  const outputAnswers: Record<string, unknown> = {};
  // Each output without its title, law text and citation (shared by every decision, like the rule).
  for (const id in outputs) outputAnswers[id] = copyWithout(outputs[id]!, STATIC_TEXT);
  answers.outputs = outputAnswers;
  answers.version = versionDays(decision.version);
  return answers as unknown as DecisionAt<D>;
}

/** The source gaps the results' caveats name, added to `into` (undefined while none is named). */
function addCaveats(results: Record<string, { readonly caveats?: readonly string[] }>, into: Set<string> | undefined): Set<string> | undefined {
  for (const id in results) {
    const { caveats } = results[id]!;
    if (caveats) for (const gap of caveats) (into ??= new Set()).add(gap);
  }
  return into;
}

const DECISION_PARTS: ReadonlySet<string> = new Set(['criteria', 'outputs', 'version']);
const STATIC_TEXT: ReadonlySet<string> = new Set(['title', 'law', 'citation']);

/** The object's own keys but those left out, copied key by key in its order (a rest pattern that leaves keys out takes V8's slow path). */
function copyWithout(source: object, leftOut: ReadonlySet<string>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in source) if (!leftOut.has(key)) copy[key] = (source as Record<string, unknown>)[key];
  return copy;
}

const daysOfVersion = new WeakMap<VersionInfo, Pick<VersionInfo, 'validFrom' | 'validUntil'>>();

/** The days a version is in force, as a decision at detail `outcome` names them: one object per version, shared like its other static parts. */
function versionDays(version: VersionInfo): Pick<VersionInfo, 'validFrom' | 'validUntil'> {
  let days = daysOfVersion.get(version);
  if (!days) {
    days = Object.freeze({ validFrom: version.validFrom, validUntil: version.validUntil });
    daysOfVersion.set(version, days);
  }
  return days;
}

function evaluateCriterion(
  criterion: Criterion,
  compiled: CompiledVersion,
  source: VerdictSource,
  state: FactState,
  run: PlanRun,
  explain: boolean,
): CriterionResult | CriterionSummary {
  const applies: Verdict = criterion.appliesWhen ? run.condition(criterion.appliesWhen, source) : VERDICT_TRUE;
  const body = run.condition(criterion.when, source);
  const status = TRUTH_STATUS[criterionTruth(applies.value, body.value)];
  // Unknown while the condition is: or, when whether it applies is unknown too, knowing either could decide it.
  const open: Verdict[] = status !== 'unknown' ? [] : applies.value === 'T' ? [body] : [applies, body];
  const applicabilityUnknown = status === 'unknown' && applies.value === 'U';
  const { id, title, law } = criterion;
  const citation = compiled.citations.get(id)!;
  const missingFacts = status === 'unknown' ? unionOf(open, 'missing') : [];
  const unresolvedGaps = status === 'unknown' ? unionOf(open, 'gaps') : [];
  // Object literals of a fixed shape, in the order the fields are documented.
  if (!explain) {
    return applicabilityUnknown
      ? { id, status, title, law, citation, applicability: 'unknown', missingFacts, unresolvedGaps }
      : { id, status, title, law, citation, missingFacts, unresolvedGaps };
  }
  const explanation = traceCondition(criterion.when, body, compiled.data, state);
  const tests = testsOf(explanation);
  if (!applicabilityUnknown) return { id, status, title, law, citation, tests, explanation, missingFacts, unresolvedGaps };
  const applicabilityExplanation = traceCondition(criterion.appliesWhen!, applies, compiled.data, state);
  return { id, status, title, law, citation, applicability: 'unknown', tests, explanation, applicabilityExplanation, missingFacts, unresolvedGaps };
}

/** The facts (or gaps) the open verdicts lack, each once; a verdict's own list has no repeats. */
function unionOf(open: readonly Verdict[], field: 'missing' | 'gaps'): string[] {
  return open.length === 1 ? [...open[0]![field]] : [...new Set(open.flatMap((v) => v[field]))];
}

/** The missing facts in criterion order, each with the criteria and outputs that wait for it. */
function listMissing(
  facts: readonly string[],
  criteria: Record<string, CriterionResult | CriterionSummary>,
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
