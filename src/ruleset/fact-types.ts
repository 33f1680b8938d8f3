import type { DerivedFact, FactDeclaration } from './schema.js';

/** The type of any fact a condition can name: a declared fact, or a derived one (a number or a date). */
export type FactType = FactDeclaration['type'];

const ORDERING = ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/** Which operators fit which fact type. */
export const OPERATORS_BY_TYPE: Readonly<Record<FactType, readonly string[]>> = {
  decimal: ORDERING,
  integer: ORDERING,
  date: ORDERING,
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  boolean: ['equal', 'notEqual'],
  text: [],
  dateList: [],
};

/** The type of a fact id in a version, or undefined when it is neither declared nor derived. */
export function factTypeOf(
  id: string,
  facts: Readonly<Record<string, FactDeclaration>>,
  derived: Readonly<Record<string, DerivedFact>>,
): FactType | undefined {
  if (Object.hasOwn(facts, id)) return facts[id]!.type;
  if (Object.hasOwn(derived, id)) return derivedType(derived[id]!);
  return undefined;
}

const DATE_VALUED: ReadonlySet<DerivedFact['fn']> = new Set(['earliestUnderLimit', 'listDate', 'periodStart', 'periodEnd']);

/** What a derived fact's function gives: a date, an exact decimal (a difference) or an integer. */
export function derivedType(derived: DerivedFact): FactType {
  if (DATE_VALUED.has(derived.fn)) return 'date';
  return derived.fn === 'difference' ? 'decimal' : 'integer';
}

/** The bounds a derived number keeps by its function: a count is never negative, a remainder stays below its divisor. */
export function derivedRange(derived: DerivedFact): { min?: string; max?: string } {
  if (derived.fn === 'countWithin') return { min: '0' };
  if (derived.fn === 'periodDays') return { min: String(30 * derived.months), max: String(31 * derived.months) };
  if (derived.fn === 'remainder') return { min: '0', max: String(derived.divisor - 1) };
  if (derived.fn === 'daysUntilMonthsLater' || derived.fn === 'difference') return { min: derived.clamp?.min, max: derived.clamp?.max };
  return {};
}
