import { addDays, addMonths } from './dates.js';

/** A calendar period: what "per month", "per quarter" and "per year" count in. */
export type CalendarPeriod = 'month' | 'quarter' | 'year';

const MONTHS_IN: Readonly<Record<CalendarPeriod, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * A window of days ending on a given day, both ends included, with any date fact it names already
 * read: the window is then a pure function of the day it ends on.
 */
export type ResolvedWindow =
  | { readonly lastDays: number }
  | { readonly lastMonths: number }
  | { readonly calendarYear: true }
  | { readonly calendarPeriods: number; readonly period: CalendarPeriod }
  | { readonly months: number; readonly anchor: string }
  | { readonly ever: true };

/** The index of the calendar period a date falls in, counted from year 0: consecutive periods differ by 1. */
function periodIndex(iso: string, period: CalendarPeriod): number {
  const year = Number(iso.slice(0, iso.length - 6));
  const month = Number(iso.slice(-5, -3));
  return Math.floor((year * 12 + month - 1) / MONTHS_IN[period]);
}

/** The first day of the calendar period with this index. */
function periodFirstDay(index: number, period: CalendarPeriod): string {
  const months = index * MONTHS_IN[period];
  const year = Math.floor(months / 12);
  return `${String(year).padStart(4, '0')}-${String(months - year * 12 + 1).padStart(2, '0')}-01`;
}

/** Calendar periods from the one `from` falls in to the one `to` falls in: 0 in the same month, quarter or year. */
export function calendarPeriodsBetween(from: string, to: string, period: CalendarPeriod): number {
  return periodIndex(to, period) - periodIndex(from, period);
}

/** The first day of the calendar period `add` periods after the one `from` falls in (0: its own first day). */
export function periodStart(from: string, period: CalendarPeriod, add: number): string {
  return periodFirstDay(periodIndex(from, period) + add, period);
}

/** The last day of the calendar period `add` periods after the one `from` falls in (0: its own last day). */
export function periodEnd(from: string, period: CalendarPeriod, add: number): string {
  return addDays(periodStart(from, period, add + 1), -1);
}

/** The period of `months` months, in the series that starts on `anchor`, that `day` falls in (0 for the first). */
function anchoredIndex(day: string, anchor: string, months: number): number {
  // A first guess from the calendar months, corrected by the Civil Code end of each term.
  let index = Math.floor(calendarPeriodsBetween(anchor, day, 'month') / months);
  while (index > 0 && addMonths(anchor, index * months) > day) index -= 1;
  while (addMonths(anchor, (index + 1) * months) <= day) index += 1;
  return index;
}

/**
 * The first day of the window that ends on `to`, or undefined when it has none (it reaches back
 * to the first date). A day before an anchored series has no period, so nothing is counted in it.
 */
export function windowStart(window: ResolvedWindow, to: string): string | undefined {
  if ('lastDays' in window) return addDays(to, 1 - window.lastDays);
  if ('lastMonths' in window) return addDays(addMonths(to, -window.lastMonths), 1);
  if ('calendarYear' in window) return `${to.slice(0, -6)}-01-01`;
  if ('calendarPeriods' in window) return periodFirstDay(periodIndex(to, window.period) - window.calendarPeriods + 1, window.period);
  if ('anchor' in window) return to < window.anchor ? addDays(to, 1) : addMonths(window.anchor, anchoredIndex(to, window.anchor, window.months) * window.months);
  return undefined;
}

/** The dates of the list in the window that ends on `to`, both ends included. */
export function datesWithin(dates: readonly string[], window: ResolvedWindow, to: string): string[] {
  const first = windowStart(window, to);
  return dates.filter((date) => date <= to && (first === undefined || date >= first));
}

/** The first day on which a date of the list has left the window, or undefined when it never leaves. */
function leavesOn(date: string, window: ResolvedWindow): string | undefined {
  if ('lastDays' in window) return addDays(date, window.lastDays);
  if ('calendarYear' in window) return periodStart(date, 'year', 1);
  if ('calendarPeriods' in window) return periodStart(date, window.period, window.calendarPeriods);
  if ('anchor' in window) {
    if (date < window.anchor) return undefined;
    return addMonths(window.anchor, (anchoredIndex(date, window.anchor, window.months) + 1) * window.months);
  }
  if ('lastMonths' in window) {
    // Month ends clamp, so the day is found by stepping from the same day `lastMonths` later.
    let day = addMonths(date, window.lastMonths);
    while ((windowStart(window, day) ?? day) <= date) day = addDays(day, 1);
    return day;
  }
  return undefined;
}

/**
 * The earliest day on or after `from` on which fewer than `limit` dates of the list fall in the
 * window ending that day, so that one more date is within the limit; undefined when no such day
 * comes (a window that never lets a date go). The count changes only on the days a date enters or
 * leaves the window, so those days are the only candidates after `from`.
 */
export function earliestUnderLimit(dates: readonly string[], window: ResolvedWindow, limit: number, from: string): string | undefined {
  const fits = (day: string) => datesWithin(dates, window, day).length < limit;
  if (fits(from)) return from;
  const candidates = dates
    .map((date) => leavesOn(date, window))
    .filter((day): day is string => day !== undefined && day > from)
    .sort();
  return candidates.find(fits);
}
