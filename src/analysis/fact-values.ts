import { Decimal } from 'decimal.js';
import { addDays, daysBetween } from '../calendar/dates.js';
import { type FactType, derivedRange, factTypeOf } from '../ruleset/fact-types.js';
import type { Condition, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import { versionConditions, walkCondition } from '../ruleset/walk.js';

/** A value a fact can take in an analysis: a decimal string, a date, an enum id or a boolean. */
export type AnalysisValue = string | boolean;

/** A compared fact: its type and the constants the version compares it with. */
export interface ComparedFact {
  readonly id: string;
  readonly type: FactType;
  readonly derived: boolean;
  readonly thresholds: readonly string[];
  readonly min?: string;
  readonly max?: string;
  readonly enumValues?: readonly string[];
}

/** The facts a version compares, each with its thresholds. */
export function comparedFacts(data: RuleVersionFile, extraLeaves: readonly FactCondition[] = []): Map<string, ComparedFact> {
  const thresholds = new Map<string, Set<string>>();
  const note = (leaf: FactCondition) => {
    const set = thresholds.get(leaf.fact) ?? new Set<string>();
    thresholds.set(leaf.fact, set);
    if (typeof leaf.value === 'string') set.add(leaf.value);
  };
  for (const { condition } of versionConditions(data)) walkCondition(condition, { fact: note }, []);
  extraLeaves.forEach(note);
  const facts = new Map<string, ComparedFact>();
  for (const [id, values] of thresholds) {
    const type = integral(id, data) ? 'integer' : factTypeOf(id, data.facts, data.derived);
    if (type === undefined) continue;
    const declared = data.facts[id];
    const base = { id, type, derived: declared === undefined, thresholds: [...values] };
    if (declared?.type === 'enum') facts.set(id, { ...base, enumValues: declared.values.map((v) => v.id) });
    else if (declared?.type === 'decimal' || declared?.type === 'integer') {
      facts.set(id, { ...base, ...(declared.min !== undefined && { min: declared.min }), ...(declared.max !== undefined && { max: declared.max }) });
    } else if (declared === undefined && (type === 'integer' || type === 'decimal')) {
      const { min, max } = derivedRange(data.derived[id]!);
      facts.set(id, { ...base, ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
    } else facts.set(id, base);
  }
  return facts;
}

/** A difference of whole numbers is a whole number: its smallest step is 1, not a decimal. */
function integral(id: string, data: RuleVersionFile): boolean {
  const derived = data.derived[id];
  if (derived?.fn !== 'difference') return false;
  return [derived.left, derived.right].every((operand) =>
    'value' in operand ? !operand.value.includes('.') : !operand.times?.includes('.') && (data.facts[operand.fact]?.type === 'integer' || (data.derived[operand.fact] !== undefined && factTypeOf(operand.fact, data.facts, data.derived) === 'integer') || integral(operand.fact, data)),
  );
}

const scaleOf = (value: string) => (value.includes('.') ? value.length - value.indexOf('.') - 1 : 0);

/** The smallest step of a number fact: 1 for integers, else one unit of the finest decimal written in the version (at least 0.1). */
export function stepOf(fact: ComparedFact): Decimal {
  if (fact.type === 'integer') return new Decimal(1);
  const scale = Math.max(1, ...[...fact.thresholds, fact.min ?? '0', fact.max ?? '0'].map(scaleOf));
  return new Decimal(10).pow(-scale);
}

/**
 * One value in every region that the fact's thresholds cut its range into: each threshold, a value
 * between each two, one below the lowest and one above the highest (within the declared range).
 * Any condition of the version has the same truth for every value of a region, so these values
 * decide every question an analysis asks exactly.
 */
export function representativeValues(fact: ComparedFact): AnalysisValue[] {
  if (fact.type === 'boolean') return [true, false];
  if (fact.type === 'enum') return [...(fact.enumValues ?? [])];
  if (fact.type === 'date') {
    const cuts = [...new Set(fact.thresholds)].sort();
    if (cuts.length === 0) return ['2000-01-01'];
    const values = [addDays(cuts[0]!, -1)];
    cuts.forEach((cut, i) => {
      values.push(cut);
      const next = cuts[i + 1];
      if (next !== undefined && daysBetween(cut, next) > 1) values.push(addDays(cut, 1));
    });
    values.push(addDays(cuts[cuts.length - 1]!, 1));
    return values;
  }
  const step = stepOf(fact);
  const min = fact.min === undefined ? undefined : new Decimal(fact.min);
  const max = fact.max === undefined ? undefined : new Decimal(fact.max);
  const cuts = [...new Set([...fact.thresholds, ...(fact.min ? [fact.min] : []), ...(fact.max ? [fact.max] : [])].map((t) => new Decimal(t).toString()))]
    .map((t) => new Decimal(t))
    .sort((a, b) => a.cmp(b));
  if (cuts.length === 0) return ['0'];
  const values: Decimal[] = [cuts[0]!.minus(step)];
  cuts.forEach((cut, i) => {
    values.push(cut);
    const next = cuts[i + 1];
    if (next === undefined) return;
    const between = fact.type === 'integer' ? cut.plus(1) : cut.plus(next).div(2);
    if (between.lt(next)) values.push(between);
  });
  values.push(cuts[cuts.length - 1]!.plus(step));
  return values.filter((v) => (min === undefined || v.gte(min)) && (max === undefined || v.lte(max))).map((v) => v.toString());
}
