import { Decimal } from 'decimal.js';
import type { PrintedFormat, Rounding } from '../ruleset/tariff-schema.js';

/**
 * Enough significant digits that no product of the format (at most 10 operands of at most 25 digits)
 * is ever rounded before the column's own rounding: the product is exact.
 */
const Exact = Decimal.clone({ precision: 1000 });

const MODES: Record<Rounding['mode'], Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
};

/** The exact product of decimal strings, written without exponent ("17.325"). */
export function exactProduct(operands: readonly string[]): string {
  return operands.reduce((product, operand) => product.times(operand), new Exact(1)).toFixed();
}

/** A decimal string rounded as the column says, with exactly `places` decimals ("52.50"). */
export function roundAmount(exact: string, rounding: Rounding): string {
  return new Exact(exact).toFixed(rounding.places, MODES[rounding.mode]);
}

/**
 * The formula as a reader checks it: "5.5 × 3.50 × 0.90 = 17.325 → 17.33 (half-up, 2 places)", or
 * "5.5 × 3.55 × 0.90 = 17.5725 (not rounded)" where no rounding applies.
 */
export function describeFormula(operands: readonly string[], exact: string, amount: string, rounding: Rounding | null): string {
  if (!rounding) return `${operands.join(' × ')} = ${exact} (not rounded)`;
  const places = `${rounding.places} place${rounding.places === 1 ? '' : 's'}`;
  return `${operands.join(' × ')} = ${exact} → ${amount} (${rounding.mode}, ${places})`;
}

/**
 * An amount written the way the source prints it, for comparison with the printed text digit for
 * digit: "52.50" is "52,50" with trailing zeros kept and "52,5" with them dropped (a spreadsheet's
 * "General" format, which also drops a bare decimal separator: "35.00" is "35").
 */
export function formatAsPrinted(amount: string, format: PrintedFormat): string {
  const text = format.trailingZeros === 'drop' && amount.includes('.') ? amount.replace(/\.?0+$/, '') : amount;
  return text.replace('.', format.decimalSeparator);
}
