import { Decimal } from 'decimal.js';
import { addDays } from '../calendar/dates.js';
import type { FactState } from '../facts/derive.js';
import { type NumberBound, boundComparisons, withinBound } from '../facts/number-bound.js';
import type { FactValue } from '../facts/parse-facts.js';
import { OPERATOR_TABLE } from '../operators/operators.js';
import { type FactType, derivedRange, factTypeOf } from '../ruleset/fact-types.js';
import type { Condition, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import { presenceRead } from '../ruleset/presence-read.js';
import { versionConditions, walkCondition } from '../ruleset/walk.js';

/**
 * An unknown fact the rule compares, with one value for each way its comparisons can come out: the
 * values of an enum that no comparison tells apart count once, and a number or a date gets one value
 * in each interval (and on each point) that the rule's thresholds cut. Trying these values tries
 * every completion of the fact, as far as the rule can tell completions apart.
 */
export interface CompletionVariable {
  /** The fact compared: a supplied fact, or a derived fact whose inputs are unknown. */
  readonly fact: string;
  /** The supplied facts a caller would give to know it (the fact itself, or a derived fact's missing inputs). */
  readonly supplied: readonly string[];
  readonly values: readonly FactValue[];
  /**
   * An output echoes it: its value is then the answer itself, so no representative can stand for it
   * when that output is decided (it still can for the outcome and the criteria).
   */
  readonly echoed: boolean;
  /**
   * The presence tests (`given`) a value for it would answer for the caller: of the fact itself, of
   * its inputs, or of a derived fact that shares an input. A part that reads one of them is never
   * completed through it (the caller did not give it); other parts are.
   */
  readonly presence: readonly string[];
}

/** The unknown facts a version reads, completed by representatives where the rule can tell values apart. */
export interface CompletionSpace {
  readonly variables: readonly CompletionVariable[];
  /** Supplied facts behind an unknown fact no variable stands for (a text, a list compared only by count): never settled by completing. */
  readonly uncovered: ReadonlySet<string>;
}

/** Every condition of a version whose comparisons can be completed, constraints included (so completions respect them). */
function conditionsOf(data: RuleVersionFile): Condition[] {
  return [...versionConditions(data).map(({ condition }) => condition), ...data.constraints.map((constraint) => constraint.forbid)];
}

/**
 * The unknown facts of `state` that a comparison reads, with their representative values. A derived
 * fact is completed as a value of its own, apart from its inputs: that tries at least every way the
 * comparisons can come out, so a result the same in every completion tried holds for all.
 */
export function completionSpace(data: RuleVersionFile, state: FactState): CompletionSpace {
  const { candidates, echoed, presenceRead, valuesOf, valuesWithin } = comparedFacts(data);
  // Each presence test with the facts a completion would give by answering it: the fact, and a derived
  // fact's missing inputs. A fact the caller gave as bounds is given in every completion: no test to answer.
  const presence =
    presenceRead.size === 0
      ? []
      : [...presenceRead].map((tested) => ({ tested, touched: [tested, ...(state.lacking.get(tested) ?? [])].filter((fact) => !state.bounds?.has(fact)) }));
  const variables: CompletionVariable[] = [];
  const uncovered = new Set<string>();
  const suppliedOf = (fact: string) => (Object.hasOwn(data.facts, fact) ? [fact] : [...(state.lacking.get(fact) ?? [fact])]);
  for (const fact of candidates) {
    if (state.values.has(fact)) continue;
    const supplied = suppliedOf(fact);
    const answers = presence.filter(({ touched }) => touched.some((t) => t === fact || supplied.includes(t))).map(({ tested }) => tested);
    const bound = state.bounds?.get(fact);
    const values = bound ? valuesWithin(fact, bound) : valuesOf(fact);
    if (values.length === 0) for (const s of supplied) uncovered.add(s);
    else variables.push({ fact, supplied, values, echoed: echoed.has(fact), presence: answers });
  }
  return { variables, uncovered };
}

/** The values tried for a number fact the caller gave as bounds: one in each interval the rule's thresholds and the bounds cut. */
export function valuesInsideBounds(data: RuleVersionFile, fact: string, bound: NumberBound): readonly FactValue[] {
  return comparedFacts(data).valuesWithin(fact, bound);
}

interface ComparedFacts {
  readonly leaves: ReadonlyMap<string, FactCondition[]>;
  /** The facts compared or echoed, each once. */
  readonly candidates: readonly string[];
  readonly echoed: ReadonlySet<string>;
  /** Facts whose presence (`given`) the rule reads. */
  readonly presenceRead: ReadonlySet<string>;
  /** A fact's representative values (none for a fact no comparison reads), worked out once per version. */
  valuesOf(fact: string): readonly FactValue[];
  /** The representative values inside the bounds a caller gave: cut at the bounds too, then kept when inside. */
  valuesWithin(fact: string, bound: NumberBound): readonly FactValue[];
}

const comparedByVersion = new WeakMap<RuleVersionFile, ComparedFacts>();

/** What a version compares and echoes: the same for every decision, so read from the rule once. */
function comparedFacts(data: RuleVersionFile): ComparedFacts {
  const known = comparedByVersion.get(data);
  if (known) return known;
  const leaves = new Map<string, FactCondition[]>();
  for (const condition of conditionsOf(data)) walkCondition(condition, { fact: (leaf) => leaves.set(leaf.fact, [...(leaves.get(leaf.fact) ?? []), leaf]) }, []);
  const echoed = new Set(
    data.outputs.flatMap((table) => table.rows.flatMap((row) => Object.values(row.then).flatMap((v) => (typeof v === 'object' && 'fact' in v ? [v.fact] : [])))),
  );
  const values = new Map<string, readonly FactValue[]>();
  const valuesOf = (fact: string): readonly FactValue[] => {
    let found = values.get(fact);
    if (!found) {
      const type = factTypeOf(fact, data.facts, data.derived)!;
      const declared = data.facts[fact];
      const enumValues = declared?.type === 'enum' ? declared.values.map((v) => v.id) : [];
      found = leaves.has(fact) ? representatives(type, leaves.get(fact)!, rangeOf(fact, data), enumValues) : [];
      values.set(fact, found);
    }
    return found;
  };
  const bounded = new Map<string, readonly FactValue[]>();
  const valuesWithin = (fact: string, bound: NumberBound): readonly FactValue[] => {
    const key = `${fact}\u0000${JSON.stringify(bound)}`;
    let found = bounded.get(key);
    if (!found) {
      const type = factTypeOf(fact, data.facts, data.derived)!;
      found = leaves.has(fact)
        ? representatives(type, [...leaves.get(fact)!, ...boundComparisons(fact, bound)], rangeOf(fact, data), []).filter((v) => withinBound(bound, v as string))
        : [];
      // Bounds are the caller's, so their variety is not: the cache holds the latest few per version.
      if (bounded.size >= 64) bounded.delete(bounded.keys().next().value!);
      bounded.set(key, found);
    }
    return found;
  };
  const compared = { leaves, candidates: [...new Set([...leaves.keys(), ...echoed])], echoed, presenceRead: presenceRead(data), valuesOf, valuesWithin };
  comparedByVersion.set(data, compared);
  return compared;
}

interface Range {
  readonly min?: string;
  readonly max?: string;
}

/** The values a fact can take: its declared bounds, or the bounds a derived fact's function keeps. */
function rangeOf(fact: string, data: RuleVersionFile): Range {
  const declared = data.facts[fact];
  if (declared) return declared.type === 'decimal' || declared.type === 'integer' ? { min: declared.min, max: declared.max } : {};
  return derivedRange(data.derived[fact]!);
}

function representatives(type: FactType, compared: readonly FactCondition[], range: Range, enumValues: readonly string[]): FactValue[] {
  if (type === 'boolean') return [true, false];
  if (type === 'enum') return distinctByOutcome(enumValues, type, compared);
  if (type === 'decimal' || type === 'integer' || type === 'date') {
    const points = type === 'date' ? datePoints(compared) : numberPoints(compared, type === 'integer', range);
    return distinctByOutcome(points, type, compared);
  }
  return [];
}

/** Keeps the first value of each way the comparisons come out: values no comparison tells apart are tried once. */
function distinctByOutcome(candidates: readonly FactValue[], type: FactType, compared: readonly FactCondition[]): FactValue[] {
  const seen = new Map<string, FactValue>();
  for (const value of candidates) {
    const key = compared.map((leaf) => (OPERATOR_TABLE[type][leaf.operator]!(value, leaf.value) ? '1' : '0')).join('');
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** A point on each threshold and one in each interval the thresholds cut, within the fact's range. */
function numberPoints(compared: readonly FactCondition[], integer: boolean, range: Range): string[] {
  const thresholds = [...new Set(compared.map((leaf) => new Decimal(leaf.value as string).toFixed()))]
    .map((t) => new Decimal(t))
    .sort((a, b) => a.cmp(b));
  const min = range.min === undefined ? undefined : new Decimal(range.min);
  const max = range.max === undefined ? undefined : new Decimal(range.max);
  const candidates: Decimal[] = [];
  const step = integer ? new Decimal(1) : new Decimal('0.5');
  thresholds.forEach((t, i) => {
    candidates.push(t);
    const next = thresholds[i + 1];
    if (next) candidates.push(integer ? t.floor().plus(1) : t.plus(next).div(2));
  });
  if (thresholds.length > 0) {
    candidates.push(integer ? thresholds[0]!.ceil().minus(1) : thresholds[0]!.minus(step));
    candidates.push(integer ? thresholds.at(-1)!.floor().plus(1) : thresholds.at(-1)!.plus(step));
  }
  // The bounds themselves stand for the intervals a bound cuts short (e.g. below a threshold of 0.2 with a minimum of 0).
  if (min) candidates.push(min);
  if (max) candidates.push(max);
  return candidates
    .filter((c) => (!integer || c.isInteger()) && (!min || c.gte(min)) && (!max || c.lte(max)))
    .map((c) => c.toFixed());
}

/** A date on each threshold, the day before the first and after each. */
function datePoints(compared: readonly FactCondition[]): string[] {
  const thresholds = [...new Set(compared.map((leaf) => leaf.value as string))].sort();
  return [...thresholds, ...thresholds.map((t) => addDays(t, 1)), ...thresholds.map((t) => addDays(t, -1))];
}
