import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  completedMonths,
  completedYears,
  daysBetween,
  daysPastTerm,
  daysUntilMonthsLater,
  isIsoDate,
} from '../src/calendar/dates.js';
import { calendarPeriodsBetween } from '../src/calendar/date-windows.js';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('01.02.2024')).toBe(false);
    expect(isIsoDate('2024-02-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240201)).toBe(false);
  });
});

describe('addMonths (Civil Code art. 2.552: same day, or the last day of a shorter month)', () => {
  it('keeps the day when the month has it', () => {
    expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
  it('clamps to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
  it('goes back across a year', () => {
    expect(addMonths('2024-01-31', -2)).toBe('2023-11-30');
  });
});

describe('completedMonths', () => {
  it('counts a month only once its anniversary day is reached', () => {
    expect(completedMonths('2024-01-15', '2024-02-14')).toBe(0);
    expect(completedMonths('2024-01-15', '2024-02-15')).toBe(1);
  });
  it('reaches one month from 31 January on the last day of February', () => {
    expect(completedMonths('2025-01-31', '2025-02-27')).toBe(0);
    expect(completedMonths('2025-01-31', '2025-02-28')).toBe(1);
  });
  it('is negative when the end is before the start', () => {
    expect(completedMonths('2024-03-10', '2024-03-09')).toBe(0);
    expect(completedMonths('2024-03-10', '2024-01-10')).toBe(-2);
  });
});

describe('calendarPeriodsBetween (months)', () => {
  it('counts the months between the two calendar months, whatever the days', () => {
    expect(calendarPeriodsBetween('2017-11-30', '2017-12-01', 'month')).toBe(1);
    expect(calendarPeriodsBetween('2017-11-30', '2017-12-31', 'month')).toBe(1);
    expect(calendarPeriodsBetween('2017-11-30', '2018-01-04', 'month')).toBe(2);
    expect(calendarPeriodsBetween('2019-01-31', '2019-02-28', 'month')).toBe(1);
  });
  it('is 0 within the same month and negative when the end is in an earlier month', () => {
    expect(calendarPeriodsBetween('2019-12-01', '2019-12-31', 'month')).toBe(0);
    expect(calendarPeriodsBetween('2020-01-15', '2019-11-30', 'month')).toBe(-2);
  });
});

describe('completedYears (age)', () => {
  it('turns 18 on the 18th birthday, not the day before', () => {
    expect(completedYears('2007-06-15', '2025-06-14')).toBe(17);
    expect(completedYears('2007-06-15', '2025-06-15')).toBe(18);
  });
  it('counts a 29 February birthday as completed on 28 February of a common year', () => {
    expect(completedYears('2008-02-29', '2026-02-27')).toBe(17);
    expect(completedYears('2008-02-29', '2026-02-28')).toBe(18);
    expect(completedYears('2008-02-29', '2028-02-28')).toBe(19);
    expect(completedYears('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('days', () => {
  it('counts across a leap day and a daylight-saving change without drift', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('gives the length of a quarter from its first day', () => {
    expect(daysUntilMonthsLater('2025-01-01', 3)).toBe(90);
    expect(daysUntilMonthsLater('2024-01-01', 3)).toBe(91);
    expect(daysUntilMonthsLater('2025-04-01', 3)).toBe(91);
    expect(daysUntilMonthsLater('2025-07-01', 3)).toBe(92);
    expect(daysUntilMonthsLater('2025-02-01', 3)).toBe(89);
  });
});

describe('daysPastTerm', () => {
  it('counts the days from the end of a term, as daysBetween(addMonths(from, months), to) does', () => {
    // One year from 29 February ends on 28 February (Civil Code), so 1 March is one day past it.
    expect(daysPastTerm('2024-02-29', 12, '2025-03-01')).toBe(1);
    expect(daysPastTerm('2024-01-31', 1, '2024-02-28')).toBe(-1);
    expect(daysPastTerm('2025-03-10', 12, '2025-03-10')).toBe(-365);
    const froms = ['0001-01-01', '2023-01-31', '2024-02-29', '2024-12-31', '9999-03-01', '9998-12-31'];
    for (const from of froms) {
      for (const months of [-13, -1, 0, 1, 3, 12, 121]) {
        for (const to of ['0001-01-01', '2024-03-01', '2025-02-28', '9999-12-31']) {
          expect(daysPastTerm(from, months, to), `${from} + ${months} months to ${to}`).toBe(daysBetween(addMonths(from, months), to));
        }
      }
    }
  });
});
