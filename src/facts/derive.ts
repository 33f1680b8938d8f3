import { Decimal } from 'decimal.js';
import { addDays, addMonths, calendarMonthsApart, completedMonths, completedYears, daysBetween, daysUntilMonthsLater } from '../calendar/dates.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import type { DerivedFact } from '../ruleset/schema.js';
import { ExactDecimal } from './exact-decimal.js';
import type { FactValue, ParsedFacts } from './parse-facts.js';

/** The supplied facts plus the derived ones, and for each fact that stayed unknown, the supplied facts it lacks. */
export interface FactState {
  readonly values: ReadonlyMap<string, FactValue>;
  /** For a derived fact that could not be computed: the supplied facts it needs that are missing. */
  readonly lacking: ReadonlyMap<string, readonly string[]>;
}

/** The date inputs a derived fact reads (other than asOf). */
export function derivedInputs(derived: DerivedFact): string[] {
  if (derived.fn === 'difference') {
    return [derived.left, derived.right].flatMap((operand) => ('fact' in operand ? [operand.fact] : []));
  }
  if (derived.fn === 'countWithin') return [derived.dates, derived.to].filter((input) => input !== 'asOf');
  const inputs = derived.fn === 'daysUntilMonthsLater' ? [derived.from] : [derived.from, derived.to];
  return inputs.filter((input) => input !== 'asOf');
}

/** Computes every derived fact whose inputs are known; the others stay unknown with what they lack. */
export function deriveFacts(
  facts: ParsedFacts,
  derivedFacts: Readonly<Record<string, DerivedFact>>,
  asOf: string,
): FactState {
  const values = new Map(facts);
  const lacking = new Map<string, string[]>();
  const dateOf = (ref: string) => (ref === 'asOf' ? asOf : (facts.get(ref) as string | undefined));
  for (const [id, derived] of Object.entries(derivedFacts)) {
    // An input may be an earlier derived fact: what it lacks is what this one lacks.
    const missing = derivedInputs(derived).flatMap((input) => (values.has(input) ? [] : (lacking.get(input) ?? [input])));
    if (missing.length > 0) {
      lacking.set(id, [...new Set(missing)]);
      continue;
    }
    if (derived.fn === 'workingDays') {
      const count = workingDaysBetween(dateOf(derived.from)!, dateOf(derived.to)!, derived.calendar);
      // Outside the calendar's years the count stays unknown, with no fact the caller could add.
      if (count === undefined) lacking.set(id, []);
      else values.set(id, String(count));
      continue;
    }
    values.set(
      id,
      derived.fn === 'difference'
        ? difference(derived, values)
        : derived.fn === 'countWithin'
          ? String(countWithin(derived, values, dateOf))
          : String(computeCalendar(derived, dateOf)),
    );
  }
  return { values, lacking };
}

type Difference = Extract<DerivedFact, { fn: 'difference' }>;
type CountWithin = Extract<DerivedFact, { fn: 'countWithin' }>;

/** Dates of the list within the window that ends on `to`, both ends included. */
function countWithin(derived: CountWithin, values: ReadonlyMap<string, FactValue>, dateOf: (ref: string) => string | undefined): number {
  const to = dateOf(derived.to)!;
  const dates = (values.get(derived.dates) as unknown as readonly string[]) ?? [];
  const { window } = derived;
  const first =
    'lastDays' in window
      ? addDays(to, 1 - window.lastDays)
      : 'lastMonths' in window
        ? addDays(addMonths(to, -window.lastMonths), 1)
        : `${to.slice(0, 4)}-01-01`;
  return dates.filter((date) => date >= first && date <= to).length;
}

function difference(derived: Difference, facts: ReadonlyMap<string, FactValue>): string {
  const operand = (side: Difference['left']) =>
    'fact' in side ? new ExactDecimal(facts.get(side.fact) as string).times(side.times ?? 1) : new ExactDecimal(side.value);
  let result = operand(derived.left).minus(operand(derived.right));
  if (derived.clamp?.min !== undefined) result = ExactDecimal.max(result, derived.clamp.min);
  if (derived.clamp?.max !== undefined) result = ExactDecimal.min(result, derived.clamp.max);
  return result.toFixed();
}

function computeCalendar(derived: Exclude<DerivedFact, Difference | CountWithin | { fn: 'workingDays' }>, dateOf: (ref: string) => string | undefined): number {
  const from = dateOf(derived.from)!;
  switch (derived.fn) {
    case 'completedYears':
      return completedYears(from, dateOf(derived.to)!);
    case 'completedMonths':
      return completedMonths(from, dateOf(derived.to)!);
    case 'calendarMonthsApart':
      return calendarMonthsApart(from, dateOf(derived.to)!);
    case 'days':
      return daysBetween(from, dateOf(derived.to)!);
    case 'daysPastTerm':
      return daysBetween(addMonths(from, derived.months), dateOf(derived.to)!);
    case 'daysUntilMonthsLater': {
      const days = daysUntilMonthsLater(from, derived.months);
      if (!derived.clamp) return days;
      return Decimal.max(derived.clamp.min, Decimal.min(derived.clamp.max, days)).toNumber();
    }
  }
}
