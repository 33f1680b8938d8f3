import { describe, expect, it } from 'vitest';
import { addDays } from '../src/calendar/dates.js';
import { RO_PUBLIC_HOLIDAYS } from '../src/calendar/ro-public-holidays.js';
import { isWorkingDay, workingDaysBetween } from '../src/calendar/working-days.js';

/** Orthodox Easter (Gregorian date) by the Julian computus (Meeus), an independent check of the data. */
function orthodoxEaster(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 13);
}

describe('the Romanian public-holiday calendar, 2017-2021', () => {
  const years = [2017, 2018, 2019, 2020, 2021];
  it.each(years)('%i: Easter, Pentecost and (from 2018) Good Friday fall on the Orthodox dates', (year) => {
    const easter = orthodoxEaster(year);
    const days = RO_PUBLIC_HOLIDAYS.days;
    expect(days.get(easter)).toBe('prima zi de Paști');
    expect(days.get(addDays(easter, 1))).toBe('a doua zi de Paști');
    expect(days.get(addDays(easter, 49))).toBe('prima zi de Rusalii');
    expect(days.get(addDays(easter, 50))).toBe('a doua zi de Rusalii');
    expect(days.get(addDays(easter, -2))).toBe(year >= 2018 ? 'Vinerea Mare' : undefined);
  });

  it.each(years)('%i: the fixed days of art. 139 are there, and nothing else', (year) => {
    const fixed = ['01-01', '01-02', '01-24', '05-01', '06-01', '08-15', '11-30', '12-01', '12-25', '12-26'];
    for (const md of fixed) expect(RO_PUBLIC_HOLIDAYS.days.has(`${year}-${md}`), `${year}-${md}`).toBe(true);
    const ofYear = [...RO_PUBLIC_HOLIDAYS.days.keys()].filter((d) => d.startsWith(`${year}-`));
    expect(ofYear).toHaveLength(fixed.length + 4 + (year >= 2018 ? 1 : 0));
  });

  it('has the Orthodox Easter Sundays of 2017-2021 as the Church published them', () => {
    for (const day of ['2017-04-16', '2018-04-08', '2019-04-28', '2020-04-19', '2021-05-02'])
      expect(RO_PUBLIC_HOLIDAYS.days.get(day), day).toBe('prima zi de Paști');
  });

  it('does not have 6 and 7 January, which art. 139 lists only from 2024', () => {
    for (const year of years) {
      expect(RO_PUBLIC_HOLIDAYS.days.has(`${year}-01-06`)).toBe(false);
      expect(RO_PUBLIC_HOLIDAYS.days.has(`${year}-01-07`)).toBe(false);
    }
  });

  it('knows the 2018 dates published at the time (Easter 8 April, Pentecost 27 May)', () => {
    expect(RO_PUBLIC_HOLIDAYS.days.get('2018-04-08')).toBe('prima zi de Paști');
    expect(RO_PUBLIC_HOLIDAYS.days.get('2018-05-27')).toBe('prima zi de Rusalii');
  });
});

describe('working days', () => {
  it('are Monday to Friday, not holidays', () => {
    expect(isWorkingDay('2019-12-24', 'ro-public-holidays')).toBe(true);
    expect(isWorkingDay('2019-12-25', 'ro-public-holidays')).toBe(false);
    expect(isWorkingDay('2019-12-28', 'ro-public-holidays')).toBe(false);
    expect(isWorkingDay('2017-04-14', 'ro-public-holidays')).toBe(true); // Good Friday 2017: not yet a holiday
  });

  it('are counted after the first day, up to and including the last', () => {
    expect(workingDaysBetween('2019-12-23', '2020-01-03', 'ro-public-holidays')).toBe(5);
    expect(workingDaysBetween('2019-12-23', '2019-12-23', 'ro-public-holidays')).toBe(0);
    expect(workingDaysBetween('2020-01-03', '2019-12-23', 'ro-public-holidays')).toBe(-5);
    expect(workingDaysBetween('2018-04-05', '2018-04-16', 'ro-public-holidays')).toBe(5);
  });

  it('can number fewer than 20 in a month (December 2017: 18; April 2018: 19)', () => {
    expect(workingDaysBetween('2017-11-30', '2017-12-31', 'ro-public-holidays')).toBe(18);
    expect(workingDaysBetween('2018-03-31', '2018-04-30', 'ro-public-holidays')).toBe(19);
    expect(workingDaysBetween('2019-05-31', '2019-06-30', 'ro-public-holidays')).toBe(19);
  });

  it('are not counted outside the calendar: undefined, never a guess', () => {
    expect(workingDaysBetween('2016-12-28', '2017-01-05', 'ro-public-holidays')).toBeUndefined();
    expect(workingDaysBetween('2021-12-28', '2022-01-05', 'ro-public-holidays')).toBeUndefined();
  });
});
