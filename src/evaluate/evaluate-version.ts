import type { FactState } from '../facts/derive.js';
import type { Criterion, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import type { CompiledVersion } from './compile.js';
import type { CriterionResult, CriterionStatus, Decision, MissingFact, OutputResult } from './decision.js';
import type { CriterionSummary, DecisionAt, Detail } from './detail.js';
import type { PlanRun } from './plan-engine.js';
import { testsOf, traceCondition } from './trace.js';
import { type ParameterSource, evaluateTables } from './decision-tables.js';
import { type Tri, type Truth, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE } from './three-valued.js';

const STATUS_VERDICT: Record<CriterionStatus, Truth> = { met: 'T', not_met: 'F', unknown: 'U', not_applicable: 'N' };

/**
 * Assembles the decision of a compiled version on parsed facts from an engine's run of its plan:
 * criteria, outcome, outputs, explained as far as `detail` asks.
 */
export function evaluateVersion<D extends Detail = 'full'>(
  compiled: CompiledVersion,
  state: FactState,
  asOf: string,
  parameterOf: ParameterSource,
  run: PlanRun,
  detail: D = 'full' as D,
): DecisionAt<D> {
  const { data } = compiled;
  const truthOf = (leaf: FactCondition): Tri => run.truthOf(leaf);
  const evaluateCondition = run.condition;
  const missingOf = (fact: string) => (state.lacking.get(fact) ?? [fact]) as string[];

  const criterionResults = new Map<string, CriterionResult | CriterionSummary>();
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
  const criterionOf = (id: string): CriterionResult | CriterionSummary => {
    const known = criterionResults.get(id);
    if (known) return known;
    const criterion = compiled.criteria.get(id)!;
    const result = evaluateCriterion(criterion, compiled, source, state, run, detail === 'full');
    criterionResults.set(id, result);
    return result;
  };
  const criteria = Object.fromEntries(data.criteria.map((c) => [c.id, criterionOf(c.id)]));

  const outcome = evaluateCondition(compiled.outcomeCondition, source);
  const outputs = evaluateTables(compiled, source, state, outcome, parameterOf, evaluateCondition);

  const gapIds = new Set(outcome.value === 'U' ? outcome.gaps : []);
  const decision = {
    ruleSet: data.ruleSet,
    asOf,
    // An outcome whose every part does not apply leaves nothing met.
    outcome: outcome.value === 'T' ? 'met' : outcome.value === 'U' ? 'undetermined' : 'not_met',
    criteria,
    missingFacts: outcome.value === 'U' ? listMissing(outcome.missing, criteria, outputs, data) : [],
    unresolvedGaps: compiled.info.sourceGaps.filter((gap) => gapIds.has(gap.id)),
    outputs,
    version: compiled.info,
  } satisfies Omit<Decision, 'criteria'> & { criteria: object };
  if (detail !== 'outcome') return decision as unknown as DecisionAt<D>;
  const { criteria: _criteria, outputs: _outputs, version, ...answers } = decision;
  const outputAnswers = Object.fromEntries(
    Object.entries(outputs).map(([id, { title: _title, law: _law, citation: _citation, ...answer }]) => [id, answer]),
  );
  return { ...answers, outputs: outputAnswers, version: { validFrom: version.validFrom, validUntil: version.validUntil } } as unknown as DecisionAt<D>;
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
  let status: CriterionStatus;
  let open: Verdict[] = [];
  // A criterion applies unless its appliesWhen is false; one made only of criteria that do not apply does not apply.
  if (applies.value === 'F' || body.value === 'N') status = 'not_applicable';
  else if (body.value === 'T') status = 'met';
  else if (applies.value === 'T') {
    status = body.value === 'F' ? 'not_met' : 'unknown';
    open = [body];
  } else {
    // Whether the criterion applies is unknown and it is not met (or unknown): knowing either could decide it.
    status = 'unknown';
    open = [applies, body];
  }
  const summary = {
    id: criterion.id,
    status,
    title: criterion.title,
    law: criterion.law,
    citation: compiled.citations.get(criterion.id)!,
    missingFacts: status === 'unknown' ? unionOf(open, 'missing') : [],
    unresolvedGaps: status === 'unknown' ? unionOf(open, 'gaps') : [],
  };
  if (!explain) return summary;
  const explanation = traceCondition(criterion.when, body, compiled.data, state);
  const { missingFacts, unresolvedGaps, ...head } = summary;
  return { ...head, tests: testsOf(explanation), explanation, missingFacts, unresolvedGaps };
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
