import type { FactState } from '../facts/derive.js';
import type { FactValue } from '../facts/parse-facts.js';
import type { Condition, FactCondition } from '../ruleset/schema.js';
import { versionConditions, walkCondition } from '../ruleset/walk.js';
import { type CompiledVersion, leafKey } from './compile.js';
import { compileNumberTest, compileTest, fitsDouble } from './compiled-comparison.js';
import { factTypeOf } from '../ruleset/fact-types.js';
import type { PlanEngine, PlanRun } from './plan-engine.js';
import { type Tri, type Verdict, type VerdictSource, VERDICT_FALSE, VERDICT_TRUE } from './three-valued.js';

/** A condition compiled to a function of the comparisons' truths. */
type Node = (truths: readonly Tri[], source: VerdictSource, explain: boolean) => Verdict;

/**
 * A version's compiled plan. Its comparisons are the version's leaves (`compiled.leaves`, same
 * indexes) followed by the comparisons only its constraints make, so one array of truths serves the
 * constraints, the decision and every completion tried for it.
 */
interface Plan {
  /** The fact each comparison reads, and its test on a known value (threshold parsed once). */
  readonly facts: readonly string[];
  readonly tests: ReadonlyArray<(value: FactValue) => boolean>;
  /** The same tests on a number already read as a double, where that is exact (see `compileNumberTest`). */
  readonly numberTests: ReadonlyArray<((value: number) => boolean) | undefined>;
  /** Each fact compared, with its comparisons: a fact's value is looked up and read as a number once. */
  readonly groups: ReadonlyArray<readonly [fact: string, indexes: readonly number[]]>;
  /** The comparisons that read each fact: a completion recomputes only those of the facts it gives. */
  readonly byFact: ReadonlyMap<string, readonly number[]>;
  readonly nodes: ReadonlyMap<Condition, Node>;
  /** The `forbid` conditions of the version's constraints. */
  readonly forbids: readonly Node[];
  /**
   * The truths of a fact's comparisons (`byFact` order) for the values completions give it: the same
   * few representatives for every decision, so each is compared with the thresholds once.
   */
  readonly byValue: Map<string, Map<FactValue, readonly Tri[]>>;
}

/** Values whose truths a plan keeps per fact; bounds given by callers add values, so the oldest are let go. */
const MAX_VALUES_KEPT = 256;

/** The truths of every comparison of a version's plan on one set of facts (unknown where the fact is). */
export type Truths = readonly Tri[];

const NOT_APPLICABLE: Verdict = Object.freeze({ value: 'N', missing: Object.freeze([]), gaps: Object.freeze([]) });

/**
 * The items of `into` (which may be undefined) then those of `from` not in it, in first-seen order.
 * Lists are never changed once made, so a part's list is shared rather than copied when it is the
 * first or adds nothing (most unknown conditions have one unknown part); a copy is made only to add.
 */
function union(into: readonly string[] | undefined, from: readonly string[]): readonly string[] | undefined {
  if (from.length === 0) return into;
  if (into === undefined || into.length === 0) return from;
  let target: string[] | undefined;
  for (const item of from) {
    if ((target ?? into).includes(item)) continue;
    (target ??= into.slice()).push(item);
  }
  return target ?? into;
}

/** Unknown, from the unknown parts only (decided parts cannot change the result). */
function unknownOf(parts: readonly Verdict[], explain: boolean): Verdict {
  let missing: readonly string[] | undefined;
  let gaps: readonly string[] | undefined;
  for (const part of parts) {
    if (part.value !== 'U') continue;
    missing = union(missing, part.missing);
    gaps = union(gaps, part.gaps);
  }
  return explain ? { value: 'U', missing: missing ?? [], gaps: gaps ?? [], parts } : { value: 'U', missing: missing ?? [], gaps: gaps ?? [] };
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
      if (explain) return explained(truths, source);
      // Without explanation no part is kept: what the unknown parts lack is gathered as they come.
      let met = 0;
      let open = 0;
      let inapplicable = 0;
      let missing: readonly string[] | undefined;
      let gaps: readonly string[] | undefined;
      for (let i = 0; i < children.length; i++) {
        const part = children[i]!(truths, source, false);
        if (part.value === 'T') {
          met++;
          if (!isAll && met >= needed) return VERDICT_TRUE;
        } else if (part.value === 'U') {
          open++;
          missing = union(missing, part.missing);
          gaps = union(gaps, part.gaps);
        } else if (part.value === 'N') inapplicable++;
        else if (isAll) return VERDICT_FALSE;
      }
      const relevant = children.length - inapplicable;
      if (relevant === 0) return NOT_APPLICABLE;
      const value = isAll ? (met + open < relevant ? 'F' : open === 0 ? 'T' : 'U') : met >= needed ? 'T' : met + open < needed ? 'F' : 'U';
      if (value !== 'U') return value === 'T' ? VERDICT_TRUE : VERDICT_FALSE;
      return { value, missing: missing ?? [], gaps: gaps ?? [] };
    };
    const explained = (truths: readonly Tri[], source: VerdictSource): Verdict => {
      const parts: Verdict[] = [];
      let met = 0;
      let open = 0;
      let inapplicable = 0;
      for (let i = 0; i < children.length; i++) {
        const part = children[i]!(truths, source, true);
        parts.push(part);
        if (part.value === 'T') met++;
        else if (part.value === 'U') open++;
        else if (part.value === 'N') inapplicable++;
      }
      const relevant = children.length - inapplicable;
      if (relevant === 0) return notApplicable(parts, true);
      if (isAll) {
        // Parts that do not apply have no say: all of the others must be true.
        if (met + open < relevant) return decided('F', parts, true);
        return open === 0 ? decided('T', parts, true) : unknownOf(parts, true);
      }
      if (met >= needed) return decided('T', parts, true);
      if (met + open < needed) return decided('F', parts, true);
      return unknownOf(parts, true);
    };
  } else if ('not' in condition) {
    const inner = compileNode(condition.not, plan);
    node = (truths, source, explain) => {
      const verdict = inner(truths, source, explain);
      if (verdict.value === 'U' || verdict.value === 'N') return explain ? { value: verdict.value, missing: verdict.missing, gaps: verdict.gaps, parts: [verdict] } : verdict;
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

const UNKNOWN: Verdict = Object.freeze({ value: 'U', missing: Object.freeze([]), gaps: Object.freeze([]) }) as Verdict;
/** A constraint refuses only what the facts given show: anything else in it is unknown. */
const CONSTRAINT_SOURCE: VerdictSource = { fact: () => UNKNOWN, criterion: () => UNKNOWN, gap: () => UNKNOWN, given: () => UNKNOWN };

function planOf(compiled: CompiledVersion): Plan {
  let plan = plans.get(compiled);
  if (plan) return plan;
  const { data } = compiled;
  const conditions: FactCondition[] = compiled.leaves.map((leaf) => leaf.condition);
  const leafIndex = new Map<Condition, number>(compiled.leafIndex);
  // The constraints' comparisons: those the rest of the version makes keep their index.
  const byKey = new Map(conditions.map((condition, i) => [leafKey(condition), i]));
  for (const constraint of data.constraints) {
    walkCondition(constraint.forbid, {
      fact(leaf) {
        const key = leafKey(leaf);
        if (!byKey.has(key)) {
          byKey.set(key, conditions.length);
          conditions.push(leaf);
        }
        leafIndex.set(leaf, byKey.get(key)!);
      },
    }, []);
  }
  const nodes = new Map<Condition, Node>();
  const context = { leafIndex, nodes };
  // The outcome's own condition when the version writes none: every criterion (compiled once either way).
  for (const { condition } of versionConditions(data)) compileNode(condition, context);
  compileNode(compiled.outcomeCondition, context);
  const forbids = data.constraints.map((constraint) => compileNode(constraint.forbid, context));
  const byFact = new Map<string, number[]>();
  conditions.forEach((condition, i) => byFact.set(condition.fact, [...(byFact.get(condition.fact) ?? []), i]));
  const types = conditions.map((condition, i) => (i < compiled.leaves.length ? compiled.leaves[i]!.type : factTypeOf(condition.fact, data.facts, data.derived)!));
  plan = {
    facts: conditions.map((condition) => condition.fact),
    tests: conditions.map((condition, i) => compileTest(condition, types[i]!)),
    numberTests: conditions.map((condition, i) => compileNumberTest(condition, types[i]!)),
    groups: [...byFact],
    byFact,
    nodes,
    forbids,
    byValue: new Map(),
  };
  plans.set(compiled, plan);
  return plan;
}

/** The truth of every comparison of the version's plan on the facts (see {@link Truths}). */
export function truthsOf(compiled: CompiledVersion, values: ReadonlyMap<string, FactValue>): Truths {
  const { facts, tests, numberTests, groups } = planOf(compiled);
  const truths = new Array<Tri>(facts.length);
  for (const [fact, indexes] of groups) {
    const value = values.get(fact);
    // A number of at most 15 significant digits is read once, as a double, for all its comparisons.
    const number = typeof value === 'string' && fitsDouble(value) ? Number(value) : Number.NaN;
    for (const i of indexes) {
      const numberTest = numberTests[i];
      truths[i] = value === undefined ? 'U' : (numberTest && !Number.isNaN(number) ? numberTest(number) : tests[i]!(value)) ? 'T' : 'F';
    }
  }
  return truths;
}

/** The truths once some unknown facts are given values: only the comparisons of those facts are recomputed. */
export function completedTruths(compiled: CompiledVersion, truths: Truths, assigned: ReadonlyArray<readonly [string, FactValue]>): Truths {
  const plan = planOf(compiled);
  const completed = truths.slice();
  for (const [fact, value] of assigned) {
    const indexes = plan.byFact.get(fact);
    if (!indexes) continue;
    const known = valueTruths(plan, fact, indexes, value);
    for (let k = 0; k < indexes.length; k++) completed[indexes[k]!] = known[k]!;
  }
  return completed;
}

/** The truths of a fact's comparisons for one value, worked out on the value's first use (see `Plan.byValue`). */
function valueTruths(plan: Plan, fact: string, indexes: readonly number[], value: FactValue): readonly Tri[] {
  let values = plan.byValue.get(fact);
  if (!values) plan.byValue.set(fact, (values = new Map()));
  let known = values.get(value);
  if (!known) {
    known = indexes.map((i) => (plan.tests[i]!(value) ? 'T' : 'F'));
    if (values.size >= MAX_VALUES_KEPT) values.delete(values.keys().next().value!);
    values.set(value, known);
  }
  return known;
}

/** Whether some constraint of the version refuses the facts whose truths these are. */
export function violatesConstraints(compiled: CompiledVersion, truths: Truths): boolean {
  const { forbids } = planOf(compiled);
  for (const forbid of forbids) if (forbid(truths, CONSTRAINT_SOURCE, false).value === 'T') return true;
  return false;
}

/** One synchronous run of a version's compiled plan (see {@link compiledEngine}), on truths already worked out if given. */
export function runCompiled(compiled: CompiledVersion, state: FactState, explain: boolean, truths: Truths = truthsOf(compiled, state.values)): PlanRun {
  const plan = planOf(compiled);
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
