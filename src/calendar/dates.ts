/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Dates are civil dates with no time of day and no time zone: they are turned into a count of days
 * with `Date.UTC`, so no local offset or daylight-saving change can move a date by one day.
 *
 * Months and years are counted as the Romanian Civil Code counts terms (Legea nr. 287/2009, art. 2.552):
 * a term of N months ends on the same day of the month N months later, and when that month has no such
 * day, on its last day. So one month after 31 January is 28 (or 29) February, and a person born on
 * 29 February completes a year of age on 28 February of a common year.
 */

/**
 * Arithmetic can step past year 9999 (a term of 10 years from 9999-03-01) or before year 1: such a
 * result is written with a sign and six year digits, as ISO 8601 writes expanded years ("+010009-03-01",
 * "-000001-12-31"). It is never a valid input date, but the calendar reads it back, so every function
 * here is total on valid dates and never throws on its own results.
 */
const EXPANDED_DATE = /^([+-]\d{6})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A date as year, month (1-12) and day. */
interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month of a year (month 1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  // Years 1-9999 by arithmetic (the dates read on every evaluation); others as `Date.UTC` counts them.
  if (year >= 1 && year <= 9999 && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1]!;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The value of the ASCII digit at `at`, or -1. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Reads `YYYY-MM-DD` (ASCII digits) character by character, without a regular expression: dates are read on every evaluation. */
function parseParts(iso: string): CivilDate | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y0 = digitAt(iso, 0), y1 = digitAt(iso, 1), y2 = digitAt(iso, 2), y3 = digitAt(iso, 3);
  const m0 = digitAt(iso, 5), m1 = digitAt(iso, 6), d0 = digitAt(iso, 8), d1 = digitAt(iso, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function checkedParts(match: RegExpExecArray): CivilDate | undefined {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[1]!.length === 4 && year < 1) return undefined;
  return { year, month, day };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is not). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseParts(value) !== undefined;
}

function parse(iso: string): CivilDate {
  const expanded = iso.length === 10 ? null : EXPANDED_DATE.exec(iso);
  const parts = expanded ? checkedParts(expanded) : parseParts(iso);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  return parts;
}

function format({ year, month, day }: CivilDate): string {
  const yearText = year >= 1 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The order of two dates: negative, zero or positive as `a` is before, on or after `b`. */
function compare(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic (H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `months` calendar months after `iso` (negative goes back), clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  return format(addMonthsTo(parse(iso), months));
}

function addMonthsTo({ year, month, day }: CivilDate, months: number): CivilDate {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return { year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) };
}

/** The date `days` days after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const date = new Date((dayNumber(parse(iso)) + days) * MS_PER_DAY);
  return format({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parse(to)) - dayNumber(parse(from));
}

/** Days from the end of a term of `months` months starting on `from` to `to` (`daysBetween(addMonths(from, months), to)`, without writing the date out). */
export function daysPastTerm(from: string, months: number, to: string): number {
  return dayNumber(parse(to)) - dayNumber(addMonthsTo(parse(from), months));
}

/**
 * Whole calendar months completed from `from` to `to`: the largest n with `addMonths(from, n) <= to`.
 * When `to` is earlier than `from` the count is negative (minus the months completed going back).
 */
export function completedMonths(from: string, to: string): number {
  return monthsBetween(parse(from), parse(to));
}

function monthsBetween(a: CivilDate, b: CivilDate): number {
  if (compare(b, a) < 0) {
    const back = monthsBetween(b, a);
    return back === 0 ? 0 : -back;
  }
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (compare(addMonthsTo(a, months), b) > 0) months -= 1;
  return months;
}

/** Whole years completed from `from` to `to` (age in completed years when `from` is a birth date). */
export function completedYears(from: string, to: string): number {
  return Math.trunc(completedMonths(from, to) / 12);
}

/**
 * The days of a period of `months` months starting on `from` (that day is the first): up to the same day `months`
 * months later, never fewer than 30 a month. Art. 32 lit. g) of the programme norms counts one month of a
 * prescription as 30 or 31 days and three months as 90, 91 or 92: the floor keeps a period that takes in February
 * (31 January + 3 months is 89 days) at the law's lowest count.
 */
export function periodDays(from: string, months: number): number {
  return Math.max(30 * months, daysUntilMonthsLater(from, months));
}

/** Days from `from` to the same day `months` months later (e.g. a quarter from 1 March is 92 days). */
export function daysUntilMonthsLater(from: string, months: number): number {
  return daysBetween(from, addMonths(from, months));
}
