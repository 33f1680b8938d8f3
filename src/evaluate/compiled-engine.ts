import type { FactState } from '../facts/derive.js';
import type { FactValue } from '../facts/parse-facts.js';
import type { Condition } from '../ruleset/schema.js';
import type { CompiledVersion } from './compile.js';
import { type Comparison, compileComparison } from './compiled-comparison.js';
import type { PlanEngine, PlanRun } from './plan-engine.js';
import { type Tri, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE } from './three-valued.js';

/** A condition compiled to a function of the comparisons' truths. */
type Node = (truths: readonly Tri[], source: VerdictSource, explain: boolean) => Verdict;

interface Plan {
  readonly comparisons: readonly Comparison[];
  readonly nodes: ReadonlyMap<Condition, Node>;
}

const NOT_APPLICABLE: Verdict = Object.freeze({ value: 'N', missing: Object.freeze([]), gaps: Object.freeze([]) });

/** Adds the items of `from` not yet in `into` (which may be undefined), keeping first-seen order. */
function union(into: string[] | undefined, from: readonly string[]): string[] | undefined {
  if (from.length === 0) return into;
  const target = into ?? [];
  for (const item of from) if (!target.includes(item)) target.push(item);
  return target;
}

/** Unknown, from the unknown parts only (decided parts cannot change the result). */
function unknownOf(parts: readonly Verdict[], explain: boolean): Verdict {
  let missing: string[] | undefined;
  let gaps: string[] | undefined;
  for (const part of parts) {
    if (part.value !== 'U') continue;
    missing = union(missing, part.missing);
    gaps = union(gaps, part.gaps);
  }
  const verdict = { value: 'U' as const, missing: missing ?? [], gaps: gaps ?? [] };
  return explain ? { ...verdict, parts } : verdict;
}

function decided(value: 'T' | 'F', parts: readonly Verdict[], explain: boolean): Verdict {
  if (!explain) return value === 'T' ? VERDICT_TRUE : VERDICT_FALSE;
  return { value, missing: [], gaps: [], parts };
}

function notApplicable(parts: readonly Verdict[], explain: boolean): Verdict {
  return explain ? { value: 'N', missing: [], gaps: [], parts } : NOT_APPLICABLE;
}

/**
 * The same three-valued logic as `evaluateCondition`, compiled once per condition node: parts are
 * counted in one pass, and without an explanation the parts are not kept and a decided node stops
 * at its first deciding part (the parts left out cannot change its value or what it lacks).
 */
function compileNode(condition: Condition, plan: { leafIndex: ReadonlyMap<Condition, number>; nodes: Map<Condition, Node> }): Node {
  const known = plan.nodes.get(condition);
  if (known) return known;
  let node: Node;
  if ('all' in condition || 'any' in condition || 'atLeast' in condition) {
    const children = ('all' in condition ? condition.all : 'any' in condition ? condition.any : condition.of).map((c) => compileNode(c, plan));
    // all: at least every part; any: at least one; atLeast n: at least n parts true.
    const needed = 'all' in condition ? children.length : 'any' in condition ? 1 : condition.atLeast;
    const isAll = 'all' in condition;
    node = (truths, source, explain) => {
      const parts: Verdict[] = [];
      let met = 0;
      let open = 0;
      let inapplicable = 0;
      for (let i = 0; i < children.length; i++) {
        const part = children[i]!(truths, source, explain);
        parts.push(part);
        if (part.value === 'T') met++;
        else if (part.value === 'U') open++;
        else if (part.value === 'N') inapplicable++;
        else if (isAll && !explain) return VERDICT_FALSE;
        if (!isAll && !explain && met >= needed) return VERDICT_TRUE;
      }
      const relevant = children.length - inapplicable;
      if (relevant === 0) return notApplicable(parts, explain);
      if (isAll) {
        // Parts that do not apply have no say: all of the others must be true.
        if (met + open < relevant) return decided('F', parts, explain);
        return open === 0 ? decided('T', parts, explain) : unknownOf(parts, explain);
      }
      if (met >= needed) return decided('T', parts, explain);
      if (met + open < needed) return decided('F', parts, explain);
      return unknownOf(parts, explain);
    };
  } else if ('not' in condition) {
    const inner = compileNode(condition.not, plan);
    node = (truths, source, explain) => {
      const verdict = inner(truths, source, explain);
      if (verdict.value === 'U' || verdict.value === 'N') return explain ? { ...verdict, parts: [verdict] } : verdict;
      return decided(verdict.value === 'T' ? 'F' : 'T', [verdict], explain);
    };
  } else if ('criterion' in condition) {
    const id = condition.criterion;
    node = (_truths, source) => source.criterion(id);
  } else if ('sourceGap' in condition) {
    const id = condition.sourceGap;
    node = (_truths, source) => source.gap(id);
  } else if ('given' in condition) {
    const fact = condition.given;
    node = (_truths, source) => source.given(fact);
  } else {
    const index = plan.leafIndex.get(condition)!;
    node = (truths, source) => {
      const truth = truths[index];
      return truth === 'T' ? VERDICT_TRUE : truth === 'F' ? VERDICT_FALSE : source.fact(condition);
    };
  }
  plan.nodes.set(condition, node);
  return node;
}

const plans = new WeakMap<CompiledVersion, Plan>();

function planOf(compiled: CompiledVersion): Plan {
  let plan = plans.get(compiled);
  if (plan) return plan;
  const { data } = compiled;
  const nodes = new Map<Condition, Node>();
  const context = { leafIndex: compiled.leafIndex as ReadonlyMap<Condition, number>, nodes };
  const roots: Condition[] = [
    ...data.criteria.flatMap((c) => (c.appliesWhen ? [c.appliesWhen, c.when] : [c.when])),
    compiled.outcomeCondition,
    ...data.outputs.flatMap((table) => table.rows.map((row) => row.when)),
  ];
  for (const root of roots) compileNode(root, context);
  plan = { comparisons: compiled.leaves.map(({ condition, type }) => compileComparison(condition, type)), nodes };
  plans.set(compiled, plan);
  return plan;
}

function truthsOf(plan: Plan, values: ReadonlyMap<string, FactValue>): Tri[] {
  const truths = new Array<Tri>(plan.comparisons.length);
  for (let i = 0; i < truths.length; i++) truths[i] = plan.comparisons[i]!(values);
  return truths;
}

/** One synchronous run of a version's compiled plan (see {@link compiledEngine}). */
export function runCompiled(compiled: CompiledVersion, state: FactState, explain: boolean): PlanRun {
  const plan = planOf(compiled);
  const truths = truthsOf(plan, state.values);
  return {
    truthOf: (leaf) => truths[compiled.leafIndex.get(leaf)!]!,
    condition: (condition, source) => (plan.nodes.get(condition) ?? compileNode(condition, { leafIndex: compiled.leafIndex, nodes: new Map() }))(truths, source, explain),
  };
}

/**
 * The compiled engine: every comparison is a closure with its threshold parsed once, and every
 * condition node a closure over its parts' closures; one synchronous pass, no rule engine run.
 */
export const compiledEngine: PlanEngine = {
  name: 'compiled',
  prepare(compiled) {
    planOf(compiled);
  },
  run: runCompiled,
};
