import { Decimal } from 'decimal.js';
import type { FactValue } from '../facts/parse-facts.js';
import type { FactType } from '../ruleset/fact-types.js';
import type { FactCondition } from '../ruleset/schema.js';

/**
 * Whether a canonical decimal string (no exponent) converts to a double that keeps its order: a
 * decimal of at most 15 significant digits round-trips through a double (DBL_DIG), so two such
 * decimals compare as doubles exactly as they compare as decimals. Longer ones go through decimal.js.
 */
export function fitsDouble(text: string): boolean {
  let digits = text.length;
  if (text.charCodeAt(0) === 45 /* - */) digits--;
  if (text.includes('.')) digits--;
  return digits <= 15;
}

/** Orders a canonical decimal fact value against a threshold parsed once. */
function decimalOrder(threshold: string): (value: string) => number {
  const exact = new Decimal(threshold);
  if (!fitsDouble(threshold)) return (value) => new Decimal(value).cmp(exact);
  const number = Number(threshold);
  return (value) => {
    if (!fitsDouble(value)) return new Decimal(value).cmp(exact);
    const n = Number(value);
    return n < number ? -1 : n > number ? 1 : 0;
  };
}

const dateOrder = (threshold: string) => (value: string) => (value < threshold ? -1 : value > threshold ? 1 : 0);

const ORDERING: Record<string, (order: number) => boolean> = {
  equal: (o) => o === 0,
  notEqual: (o) => o !== 0,
  lessThan: (o) => o < 0,
  lessThanInclusive: (o) => o <= 0,
  greaterThan: (o) => o > 0,
  greaterThanInclusive: (o) => o >= 0,
};

/** The test a comparison applies to a known value, with its threshold already parsed. */
export function compileTest(leaf: FactCondition, type: FactType): (value: FactValue) => boolean {
  const { operator, value: threshold } = leaf;
  if (type === 'decimal' || type === 'integer' || type === 'date') {
    const order = (type === 'date' ? dateOrder : decimalOrder)(threshold as string);
    const accept = ORDERING[operator];
    if (!accept) throw new Error(`operator ${operator} does not apply to ${type} facts`);
    return (value) => accept(order(value as string));
  }
  if (operator === 'equal') return (value) => value === threshold;
  if (operator === 'notEqual') return (value) => value !== threshold;
  if ((operator === 'in' || operator === 'notIn') && type === 'enum') {
    const ids = new Set(threshold as readonly string[]);
    return operator === 'in' ? (value) => ids.has(value as string) : (value) => !ids.has(value as string);
  }
  throw new Error(`operator ${operator} does not apply to ${type} facts`);
}

/**
 * The same test on a value already read as a double, where that is exact: a decimal or integer
 * comparison whose threshold has at most 15 significant digits (the caller passes only values that
 * fit too, see {@link fitsDouble}). Undefined where the threshold needs decimal.js.
 */
export function compileNumberTest(leaf: FactCondition, type: FactType): ((value: number) => boolean) | undefined {
  if (type !== 'decimal' && type !== 'integer') return undefined;
  const threshold = leaf.value as string;
  const accept = ORDERING[leaf.operator];
  if (!accept || !fitsDouble(threshold)) return undefined;
  const number = Number(threshold);
  return (n) => accept(n < number ? -1 : n > number ? 1 : 0);
}
