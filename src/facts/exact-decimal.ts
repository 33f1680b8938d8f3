import { Decimal } from 'decimal.js';
import { LIMITS } from '../ruleset/limits.js';

/**
 * Decimal arithmetic with room for every result the format can produce. Inputs and thresholds have at
 * most 15 + 10 significant digits (see `LIMITS`), so a difference has at most 26; decimal.js rounds
 * results to 20 significant digits by default, which would silently round such a difference. Twice
 * the input precision leaves every sum and difference exact.
 */
export const ExactDecimal = Decimal.clone({
  precision: 2 * (LIMITS.decimalIntegerDigits + LIMITS.decimalFractionDigits),
  rounding: Decimal.ROUND_HALF_EVEN,
});

/** Digits of a decimal text before and after the point, without leading or trailing zeros, or undefined if it is not one. */
export function decimalDigits(text: string): { integer: number; fraction: number } | undefined {
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  return { integer: match[1]!.replace(/^0+/, '').length, fraction: (match[2] ?? '').replace(/0+$/, '').length };
}

/** True when a decimal has no more digits than the documented precision. */
export function withinPrecision(value: Decimal): boolean {
  const digits = decimalDigits(value.toFixed());
  return digits !== undefined && digits.integer <= LIMITS.decimalIntegerDigits && digits.fraction <= LIMITS.decimalFractionDigits;
}
