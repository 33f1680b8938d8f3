import { Decimal } from 'decimal.js';
import { completedMonths, completedYears, daysBetween, daysPastTerm, daysUntilMonthsLater, periodDays } from '../calendar/dates.js';
import { type ResolvedWindow, calendarPeriodsBetween, datesWithin, earliestUnderLimit, periodEnd, periodStart } from '../calendar/date-windows.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import type { DateWindow, DerivedFact } from '../ruleset/schema.js';
import { ExactDecimal } from './exact-decimal.js';
import type { NumberBound } from './number-bound.js';
import type { FactValue, ParsedBounds, ParsedFacts } from './parse-facts.js';

/** The supplied facts plus the derived ones, and for each fact that stayed unknown, the supplied facts it lacks. */
export interface FactState {
  readonly values: ReadonlyMap<string, FactValue>;
  /** For a derived fact that could not be computed: the supplied facts it needs that are missing. */
  readonly lacking: ReadonlyMap<string, readonly string[]>;
  /** Number facts the caller gave as bounds only: unknown here, and completed only with values inside the bounds. */
  readonly bounds?: ReadonlyMap<string, NumberBound>;
}

/** The facts a derived fact reads (other than asOf): dates, lists and numbers, supplied or derived earlier. */
export function derivedInputs(derived: DerivedFact): string[] {
  const inputs = (() => {
    switch (derived.fn) {
      case 'difference':
        return [derived.left, derived.right].flatMap((operand) => ('fact' in operand ? [operand.fact] : []));
      case 'countWithin':
      case 'earliestUnderLimit':
      case 'listDate':
        return [derived.dates, derived.to, ...('from' in derived.window ? [derived.window.from] : [])];
      case 'remainder':
        return [derived.of];
      case 'daysUntilMonthsLater':
      case 'periodDays':
      case 'periodStart':
      case 'periodEnd':
        return [derived.from];
      default:
        return [derived.from, derived.to];
    }
  })();
  return inputs.filter((input) => input !== 'asOf');
}

/**
 * A derived fact with its inputs, read from the rule once. One that reads only `asOf` (the days of the
 * quarter from the prescription date) is the same for every patient on a day, so its latest values
 * are kept by date. What it lacks when some inputs are unknown is, for inputs the caller supplies,
 * the same list for the same unknown inputs: kept per set of unknown inputs (a bit mask), not rebuilt.
 */
interface Derivation {
  readonly id: string;
  readonly derived: DerivedFact;
  readonly inputs: readonly string[];
  readonly byAsOf: Map<string, string | undefined> | undefined;
  /** Whether an input is itself derived: what it lacks is then that input's own list. */
  readonly readsDerived: boolean;
  readonly lackingByMask: Array<readonly string[] | undefined>;
  /**
   * For a derivation that reads derived facts: per set of unknown inputs, the last list built and the
   * lists of its unknown inputs it was built from (shared, frozen lists: compared by identity).
   */
  readonly lackingThrough: Array<{ readonly from: ReadonlyArray<readonly string[] | undefined>; readonly lacking: readonly string[] } | undefined>;
}
const derivations = new WeakMap<Readonly<Record<string, DerivedFact>>, readonly Derivation[]>();

/** A version's derived facts in order with their inputs, read from the rule once. */
function derivationsOf(derivedFacts: Readonly<Record<string, DerivedFact>>): readonly Derivation[] {
  let found = derivations.get(derivedFacts);
  if (!found) {
    found = Object.entries(derivedFacts).map(([id, derived]) => {
      const inputs = derivedInputs(derived);
      return {
        id,
        derived,
        inputs,
        byAsOf: inputs.length === 0 ? new Map<string, string | undefined>() : undefined,
        readsDerived: inputs.some((input) => Object.hasOwn(derivedFacts, input)),
        lackingByMask: [],
        lackingThrough: [],
      };
    });
    derivations.set(derivedFacts, found);
  }
  return found;
}

/** The supplied inputs that the unknown ones of `mask` are, each once (frozen: shared by every decision). */
function lackingOfMask(derivation: Derivation, mask: number): readonly string[] {
  let found = derivation.lackingByMask[mask];
  if (!found) {
    found = Object.freeze([...new Set(derivation.inputs.filter((_, k) => (mask & (1 << k)) !== 0))]);
    derivation.lackingByMask[mask] = found;
  }
  return found;
}

/**
 * What a derivation that reads derived facts lacks: each unknown input's own list (a supplied input
 * lacks itself). Every list in `lacking` is shared and frozen, so the same lists give the same answer,
 * kept per set of unknown inputs rather than rebuilt for every decision.
 */
function lackingThrough(derivation: Derivation, mask: number, lacking: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const unknown = derivation.inputs.filter((_, k) => (mask & (1 << k)) !== 0);
  const from = unknown.map((input) => lacking.get(input));
  const last = derivation.lackingThrough[mask];
  if (last && last.from.every((list, k) => list === from[k])) return last.lacking;
  const built = Object.freeze([...new Set(unknown.flatMap((input, k) => from[k] ?? [input]))]);
  derivation.lackingThrough[mask] = { from, lacking: built };
  return built;
}

/**
 * Computes every derived fact whose inputs are known; the others stay unknown with what they lack.
 * With `handedOver`, `facts` is a map the caller made for this decision and reads no more (the
 * evaluator's parsed facts): the derived values are added to it rather than to a copy.
 */
export function deriveFacts(
  facts: ParsedFacts,
  derivedFacts: Readonly<Record<string, DerivedFact>>,
  asOf: string,
  bounds: ParsedBounds = new Map(),
  handedOver = false,
): FactState {
  const values = handedOver && facts instanceof Map ? (facts as Map<string, FactValue>) : new Map(facts);
  const lacking = new Map<string, readonly string[]>();
  // A date input may be a derived date declared earlier.
  const dateOf = (ref: string) => (ref === 'asOf' ? asOf : (values.get(ref) as string | undefined));
  for (const derivation of derivationsOf(derivedFacts)) {
    const { id, derived, inputs, byAsOf } = derivation;
    let unknownMask = 0;
    for (let k = 0; k < inputs.length; k++) if (!values.has(inputs[k]!)) unknownMask |= 1 << k;
    if (unknownMask !== 0) {
      // An input may be an earlier derived fact: what it lacks is what this one lacks (possibly nothing
      // a caller could add, when the earlier one cannot be known).
      lacking.set(id, derivation.readsDerived ? lackingThrough(derivation, unknownMask, lacking) : lackingOfMask(derivation, unknownMask));
      continue;
    }
    const value = byAsOf ? onAsOf(byAsOf, asOf, () => compute(derived, values, dateOf)) : compute(derived, values, dateOf);
    // A count outside a holiday calendar's years, or a date the list does not give: unknown, with no fact the caller could add.
    if (value === undefined) lacking.set(id, NOTHING_LACKING);
    else values.set(id, value);
  }
  return bounds.size > 0 ? { values, lacking, bounds } : { values, lacking };
}

const NOTHING_LACKING: readonly string[] = Object.freeze([]);

/** The value of an asOf-only derivation on `asOf`, computed once; the dates asked for are the caller's, so only the latest few are kept. */
function onAsOf(byAsOf: Map<string, string | undefined>, asOf: string, compute: () => string | undefined): string | undefined {
  if (byAsOf.has(asOf)) return byAsOf.get(asOf);
  const value = compute();
  if (byAsOf.size >= 64) byAsOf.delete(byAsOf.keys().next().value!);
  byAsOf.set(asOf, value);
  return value;
}

type DateOf = (ref: string) => string | undefined;

function compute(derived: DerivedFact, values: ReadonlyMap<string, FactValue>, dateOf: DateOf): string | undefined {
  const listOf = (id: string) => values.get(id) as unknown as readonly string[];
  switch (derived.fn) {
    case 'workingDays': {
      const count = workingDaysBetween(dateOf(derived.from)!, dateOf(derived.to)!, derived.calendar);
      return count === undefined ? undefined : String(count);
    }
    case 'difference':
      return difference(derived, values);
    case 'countWithin':
      return String(datesWithin(listOf(derived.dates), resolveWindow(derived.window, dateOf), dateOf(derived.to)!).length);
    case 'earliestUnderLimit':
      return earliestUnderLimit(listOf(derived.dates), resolveWindow(derived.window, dateOf), derived.limit, dateOf(derived.to)!);
    case 'listDate': {
      const within = datesWithin(listOf(derived.dates), resolveWindow(derived.window, dateOf), dateOf(derived.to)!).sort();
      return derived.pick === 'earliest' ? within[0] : within.at(-1);
    }
    case 'periodStart':
      return periodStart(dateOf(derived.from)!, derived.period, derived.add);
    case 'periodEnd':
      return periodEnd(dateOf(derived.from)!, derived.period, derived.add);
    case 'calendarPeriods':
      return String(calendarPeriodsBetween(dateOf(derived.from)!, dateOf(derived.to)!, derived.period));
    case 'remainder': {
      const of = new Decimal(values.get(derived.of) as string);
      return of.minus(of.div(derived.divisor).floor().times(derived.divisor)).toFixed();
    }
    default:
      return String(computeCalendar(derived, dateOf));
  }
}

/** A window with the date fact it names read. */
function resolveWindow(window: DateWindow, dateOf: DateOf): ResolvedWindow {
  return 'from' in window ? { months: window.months, anchor: dateOf(window.from)! } : window;
}

type Difference = Extract<DerivedFact, { fn: 'difference' }>;
type Calendar = Extract<DerivedFact, { fn: 'completedYears' | 'completedMonths' | 'days' | 'daysPastTerm' | 'daysUntilMonthsLater' | 'periodDays' }>;

/** Whole numbers of at most 15 digits: their sums and differences are exact as doubles (below 2^53). */
const SMALL_INTEGER = /^-?\d{1,15}$/;

function difference(derived: Difference, facts: ReadonlyMap<string, FactValue>): string {
  const fast = integerDifference(derived, facts);
  if (fast !== undefined) return fast;
  const operand = (side: Difference['left']) =>
    'fact' in side ? new ExactDecimal(facts.get(side.fact) as string).times(side.times ?? 1) : new ExactDecimal(side.value);
  let result = operand(derived.left).minus(operand(derived.right));
  if (derived.clamp?.min !== undefined) result = ExactDecimal.max(result, derived.clamp.min);
  if (derived.clamp?.max !== undefined) result = ExactDecimal.min(result, derived.clamp.max);
  return result.toFixed();
}

/**
 * The common case without decimal.js: whole-number operands not scaled and whole-number clamps,
 * written as `Decimal#toFixed` writes them (a result of zero is "0", never "-0").
 */
function integerDifference(derived: Difference, facts: ReadonlyMap<string, FactValue>): string | undefined {
  const { left, right, clamp } = derived;
  if (('times' in left && left.times !== undefined) || ('times' in right && right.times !== undefined)) return undefined;
  const a = 'fact' in left ? (facts.get(left.fact) as string) : left.value;
  const b = 'fact' in right ? (facts.get(right.fact) as string) : right.value;
  if (!SMALL_INTEGER.test(a) || !SMALL_INTEGER.test(b)) return undefined;
  if ((clamp?.min !== undefined && !SMALL_INTEGER.test(clamp.min)) || (clamp?.max !== undefined && !SMALL_INTEGER.test(clamp.max))) return undefined;
  let result = Number(a) - Number(b);
  if (clamp?.min !== undefined) result = Math.max(result, Number(clamp.min));
  if (clamp?.max !== undefined) result = Math.min(result, Number(clamp.max));
  return result === 0 ? '0' : String(result);
}

function computeCalendar(derived: Calendar, dateOf: DateOf): number {
  const from = dateOf(derived.from)!;
  switch (derived.fn) {
    case 'completedYears':
      return completedYears(from, dateOf(derived.to)!);
    case 'completedMonths':
      return completedMonths(from, dateOf(derived.to)!);
    case 'days':
      return daysBetween(from, dateOf(derived.to)!);
    case 'daysPastTerm':
      return daysPastTerm(from, derived.months, dateOf(derived.to)!);
    case 'periodDays':
      return periodDays(from, derived.months);
    case 'daysUntilMonthsLater': {
      const days = daysUntilMonthsLater(from, derived.months);
      if (!derived.clamp) return days;
      return Decimal.max(derived.clamp.min, Decimal.min(derived.clamp.max, days)).toNumber();
    }
  }
}
