import type { DerivedFact, FactDeclaration } from './schema.js';

/** The type of any fact a condition can name: a declared fact, or a derived one (always an integer). */
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
  if (Object.hasOwn(derived, id)) return derived[id]!.fn === 'difference' ? 'decimal' : 'integer';
  return undefined;
}
