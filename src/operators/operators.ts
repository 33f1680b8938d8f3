import { Decimal } from 'decimal.js';
import type { FactType } from '../ruleset/fact-types.js';

/** An operator as json-rules-engine calls it: the fact's value on the left, the rule's value on the right. */
export type OperatorFn = (factValue: unknown, ruleValue: unknown) => boolean;

// Decimals are compared with decimal.js, never as floats and never as strings: json-rules-engine's
// own numeric operators use JavaScript's `<`, which compares decimal.js values as text.
const compareDecimal = (a: unknown, b: unknown) => new Decimal(a as string).cmp(b as string);
// ISO dates are validated as YYYY-MM-DD before they get here, so text order is calendar order.
const compareDate = (a: unknown, b: unknown) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0);

function ordering(compare: (a: unknown, b: unknown) => number): Record<string, OperatorFn> {
  const known = (f: (order: number) => boolean): OperatorFn => (a, b) => a !== undefined && f(compare(a, b));
  return {
    equal: known((o) => o === 0),
    notEqual: known((o) => o !== 0),
    lessThan: known((o) => o < 0),
    lessThanInclusive: known((o) => o <= 0),
    greaterThan: known((o) => o > 0),
    greaterThanInclusive: known((o) => o >= 0),
  };
}

const sameValue: Record<string, OperatorFn> = {
  equal: (a, b) => a !== undefined && a === b,
  notEqual: (a, b) => a !== undefined && a !== b,
};

/**
 * The only operators a rule can reach, by fact type. An unknown fact makes every operator false
 * here; the facade never reads that `false`, it reports the condition as unknown.
 */
export const OPERATOR_TABLE: Readonly<Record<FactType, Readonly<Record<string, OperatorFn>>>> = {
  decimal: ordering(compareDecimal),
  integer: ordering(compareDecimal),
  date: ordering(compareDate),
  boolean: sameValue,
  enum: {
    ...sameValue,
    in: (a, b) => a !== undefined && (b as string[]).includes(a as string),
    notIn: (a, b) => a !== undefined && !(b as string[]).includes(a as string),
  },
  text: {},
  dateList: {},
};

/** The name under which a typed operator is registered on an engine, e.g. `decimal.lessThan`. */
export function engineOperatorName(type: FactType, operator: string): string {
  return `${type}.${operator}`;
}
