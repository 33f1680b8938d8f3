import { addDays } from './dates.js';
import { RO_PUBLIC_HOLIDAYS } from './ro-public-holidays.js';

/** The holiday calendars a working-day count may use, by id. */
export const HOLIDAY_CALENDARS = { [RO_PUBLIC_HOLIDAYS.id]: RO_PUBLIC_HOLIDAYS } as const;
export type HolidayCalendarId = keyof typeof HOLIDAY_CALENDARS;
export const HOLIDAY_CALENDAR_IDS = Object.keys(HOLIDAY_CALENDARS) as [HolidayCalendarId, ...HolidayCalendarId[]];

/** Monday to Friday, and not a public holiday of the calendar. */
export function isWorkingDay(iso: string, calendar: HolidayCalendarId): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAY_CALENDARS[calendar].days.has(iso);
}

/** True when the calendar knows the holidays of every year from `from` to `to`. */
export function calendarCovers(from: string, to: string, calendar: HolidayCalendarId): boolean {
  const { firstYear, lastYear } = HOLIDAY_CALENDARS[calendar];
  const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  return years.every((y) => y >= firstYear && y <= lastYear);
}

/**
 * The working days after `from` up to and including `to` (the first day of a term is not counted,
 * Civil Code art. 2.553); negative when `to` is earlier. An act done on `to` is within a term of N
 * working days from `from` when this is at most N. Undefined when the calendar does not cover both
 * years: a count is never guessed.
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendarId): number | undefined {
  if (!calendarCovers(from, to, calendar)) return undefined;
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(start, 1); day <= end; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return sign * count;
}
