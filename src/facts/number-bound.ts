import { Decimal } from 'decimal.js';
import type { FactCondition } from '../ruleset/schema.js';

/** The keys a bounded number fact may use: the comparison operators of the rule format. */
export const BOUND_KEYS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
export type BoundKey = (typeof BOUND_KEYS)[number];

/**
 * A number known only within bounds, as a clinician often states it ("factor below 1 %", "at least
 * 5 bleeds"): each bound a canonical decimal string, by operator. The fact stays unknown to the
 * three-valued logic; the completions try only values inside the bounds, so a decision that every
 * such value gives is taken.
 */
export type NumberBound = Partial<Readonly<Record<BoundKey, string>>>;

/** Whether `value` lies inside the bounds. */
export function withinBound(bound: NumberBound, value: string): boolean {
  const v = new Decimal(value);
  if (bound.lessThan !== undefined && !v.lessThan(bound.lessThan)) return false;
  if (bound.lessThanInclusive !== undefined && !v.lessThanOrEqualTo(bound.lessThanInclusive)) return false;
  if (bound.greaterThan !== undefined && !v.greaterThan(bound.greaterThan)) return false;
  if (bound.greaterThanInclusive !== undefined && !v.greaterThanOrEqualTo(bound.greaterThanInclusive)) return false;
  return true;
}

/** The bounds as comparisons of the fact, so the values tried are cut at the bounds as at the rule's thresholds. */
export function boundComparisons(fact: string, bound: NumberBound): FactCondition[] {
  return BOUND_KEYS.flatMap((operator) => (bound[operator] === undefined ? [] : [{ fact, operator, value: bound[operator] }]));
}

/**
 * Whether some value of the declared range (and, for an integer, some whole number) lies inside the
 * bounds: a bound that leaves none is a contradiction, refused like any bad value.
 */
export function boundLeavesAValue(bound: NumberBound, integer: boolean, min?: string, max?: string): boolean {
  // The lowest and highest values the bounds and the range allow, with whether each end is open.
  let low: { at: Decimal; open: boolean } | undefined = min === undefined ? undefined : { at: new Decimal(min), open: false };
  let high: { at: Decimal; open: boolean } | undefined = max === undefined ? undefined : { at: new Decimal(max), open: false };
  const raiseLow = (at: string, open: boolean) => {
    const d = new Decimal(at);
    if (!low || d.greaterThan(low.at) || (d.equals(low.at) && open)) low = { at: d, open };
  };
  const lowerHigh = (at: string, open: boolean) => {
    const d = new Decimal(at);
    if (!high || d.lessThan(high.at) || (d.equals(high.at) && open)) high = { at: d, open };
  };
  if (bound.greaterThan !== undefined) raiseLow(bound.greaterThan, true);
  if (bound.greaterThanInclusive !== undefined) raiseLow(bound.greaterThanInclusive, false);
  if (bound.lessThan !== undefined) lowerHigh(bound.lessThan, true);
  if (bound.lessThanInclusive !== undefined) lowerHigh(bound.lessThanInclusive, false);
  const lo = low as { at: Decimal; open: boolean } | undefined;
  const hi = high as { at: Decimal; open: boolean } | undefined;
  if (integer) {
    const first = lo === undefined ? undefined : lo.open ? lo.at.floor().plus(1) : lo.at.ceil();
    const last = hi === undefined ? undefined : hi.open ? hi.at.ceil().minus(1) : hi.at.floor();
    return first === undefined || last === undefined || first.lessThanOrEqualTo(last);
  }
  if (lo === undefined || hi === undefined) return true;
  return lo.at.lessThan(hi.at) || (lo.at.equals(hi.at) && !lo.open && !hi.open);
}
