import { describe, expect, it } from 'vitest';
import { type ResolvedWindow, calendarPeriodsBetween, datesWithin, earliestUnderLimit, periodEnd, periodStart, windowStart } from '../src/calendar/date-windows.js';
import { deriveFacts } from '../src/facts/derive.js';
import type { DerivedFact } from '../src/ruleset/schema.js';

const label = { ro: 'x', en: 'x' };

describe('windows of dates ending on a day', () => {
  it('start where each kind of window says, both ends included', () => {
    expect(windowStart({ lastDays: 14 }, '2025-03-10')).toBe('2025-02-25');
    expect(windowStart({ lastMonths: 3 }, '2025-03-10')).toBe('2024-12-11');
    expect(windowStart({ calendarYear: true }, '2025-03-10')).toBe('2025-01-01');
    expect(windowStart({ calendarPeriods: 3, period: 'year' }, '2021-12-31')).toBe('2019-01-01');
    expect(windowStart({ calendarPeriods: 1, period: 'month' }, '2021-02-28')).toBe('2021-02-01');
    expect(windowStart({ calendarPeriods: 1, period: 'quarter' }, '2021-09-30')).toBe('2021-07-01');
    expect(windowStart({ calendarPeriods: 2, period: 'quarter' }, '2021-01-15')).toBe('2020-10-01');
    expect(windowStart({ ever: true }, '2021-01-15')).toBeUndefined();
  });

  it('cut a series of months from an anchor by the Civil Code (31 January + 1 month ends on 28 February)', () => {
    const month: ResolvedWindow = { months: 1, anchor: '2021-01-31' };
    expect(windowStart(month, '2021-01-31')).toBe('2021-01-31');
    expect(windowStart(month, '2021-02-27')).toBe('2021-01-31');
    expect(windowStart(month, '2021-02-28')).toBe('2021-02-28');
    expect(windowStart(month, '2021-03-30')).toBe('2021-02-28');
    expect(windowStart(month, '2021-03-31')).toBe('2021-03-31');
    // A day before the anchor has no period: nothing is counted in it.
    expect(datesWithin(['2021-01-01'], month, '2021-01-10')).toEqual([]);
  });

  it('count only the dates on or before the day', () => {
    expect(datesWithin(['2021-01-01', '2021-06-30', '2021-07-01', '2021-07-02'], { calendarYear: true }, '2021-07-01')).toEqual(['2021-01-01', '2021-06-30', '2021-07-01']);
  });
});

describe('the earliest day under a limit', () => {
  it('is the day itself while the limit is not reached', () => {
    expect(earliestUnderLimit(['2021-02-01'], { calendarYear: true }, 2, '2021-12-31')).toBe('2021-12-31');
  });

  it('is the first day a date leaves the window: the next calendar period, or the day after a rolling window', () => {
    expect(earliestUnderLimit(['2021-02-01', '2021-05-01'], { calendarYear: true }, 2, '2021-12-31')).toBe('2022-01-01');
    expect(earliestUnderLimit(['2019-12-31'], { calendarPeriods: 3, period: 'year' }, 1, '2021-06-01')).toBe('2022-01-01');
    expect(earliestUnderLimit(['2021-10-01'], { calendarPeriods: 1, period: 'month' }, 1, '2021-10-31')).toBe('2021-11-01');
    expect(earliestUnderLimit(['2021-03-01'], { lastDays: 14 }, 1, '2021-03-10')).toBe('2021-03-15');
    // The second of two dates must leave for the count to fall under 2.
    expect(earliestUnderLimit(['2021-03-01', '2021-03-05'], { lastDays: 14 }, 1, '2021-03-10')).toBe('2021-03-19');
    expect(earliestUnderLimit(['2021-09-10'], { months: 1, anchor: '2021-05-10' }, 1, '2021-10-09')).toBe('2021-10-10');
  });

  it('steps past a clamped month end in a rolling window of months', () => {
    // 31 January is inside the 1-month window ending on 28 February (it starts on 29 January) and on 1 March it has left.
    expect(windowStart({ lastMonths: 1 }, '2021-02-28')).toBe('2021-01-29');
    expect(earliestUnderLimit(['2021-01-31'], { lastMonths: 1 }, 1, '2021-02-15')).toBe('2021-03-01');
    expect(datesWithin(['2021-01-31'], { lastMonths: 1 }, '2021-02-28')).toEqual(['2021-01-31']);
    expect(datesWithin(['2021-01-31'], { lastMonths: 1 }, '2021-03-01')).toEqual([]);
  });

  it('never comes for a window of every date', () => {
    expect(earliestUnderLimit(['2021-03-01'], { ever: true }, 1, '2021-03-10')).toBeUndefined();
  });
});

describe('calendar periods', () => {
  it('count months, quarters and years between the periods of two days, whatever the days', () => {
    expect(calendarPeriodsBetween('2021-03-31', '2021-09-01', 'month')).toBe(6);
    expect(calendarPeriodsBetween('2021-09-30', '2021-10-01', 'quarter')).toBe(1);
    expect(calendarPeriodsBetween('2021-10-01', '2021-12-31', 'quarter')).toBe(0);
    expect(calendarPeriodsBetween('2021-12-31', '2021-01-01', 'year')).toBe(0);
    expect(calendarPeriodsBetween('2021-12-31', '2022-01-01', 'year')).toBe(1);
    expect(calendarPeriodsBetween('2022-01-01', '2021-12-31', 'month')).toBe(-1);
  });

  it('give the first day of a later period', () => {
    expect(periodStart('2021-03-20', 'month', 6)).toBe('2021-09-01');
    expect(periodStart('2021-11-20', 'quarter', 1)).toBe('2022-01-01');
    expect(periodStart('2021-11-20', 'year', 0)).toBe('2021-01-01');
  });

  it('end on the last day of the period, month lengths and leap years included', () => {
    expect(periodEnd('2021-03-20', 'month', 0)).toBe('2021-03-31');
    expect(periodEnd('2020-01-31', 'month', 1)).toBe('2020-02-29');
    expect(periodEnd('2021-01-01', 'month', 1)).toBe('2021-02-28');
    expect(periodEnd('2021-04-30', 'month', 0)).toBe('2021-04-30');
    expect(periodEnd('2021-11-20', 'quarter', 0)).toBe('2021-12-31');
    expect(periodEnd('2021-11-20', 'quarter', 1)).toBe('2022-03-31');
    expect(periodEnd('2021-12-31', 'year', 0)).toBe('2021-12-31');
  });
});

describe('derived facts over lists of dates', () => {
  const derived: Record<string, DerivedFact> = {
    count: { fn: 'countWithin', dates: 'paid', to: 'asOf', window: { ever: true }, label },
    parity: { fn: 'remainder', of: 'count', divisor: 2, label },
    first: { fn: 'listDate', dates: 'paid', pick: 'earliest', to: 'asOf', window: { ever: true }, label },
    last: { fn: 'listDate', dates: 'paid', pick: 'latest', to: 'asOf', window: { ever: true }, label },
    daysSinceLast: { fn: 'days', from: 'last', to: 'asOf', label },
    nextMonitoring: { fn: 'periodStart', from: 'last', period: 'month', add: 6, label },
    nextUnderTwo: { fn: 'earliestUnderLimit', dates: 'paid', to: 'asOf', window: { calendarYear: true }, limit: 2, label },
  };

  it('give dates, remainders and counts from the list', () => {
    const state = deriveFacts(new Map([['paid', ['2021-03-20', '2021-01-10', '2021-12-01']]]), derived, '2021-09-01');
    expect(Object.fromEntries(state.values)).toMatchObject({
      count: '2',
      parity: '0',
      first: '2021-01-10',
      last: '2021-03-20',
      daysSinceLast: '165',
      nextMonitoring: '2021-09-01',
      nextUnderTwo: '2022-01-01',
    });
  });

  it('leave a date of an empty list unknown, with nothing the caller could add, and so what is computed from it', () => {
    const state = deriveFacts(new Map([['paid', []]]), derived, '2021-09-01');
    expect(state.values.get('count')).toBe('0');
    expect(state.values.has('last')).toBe(false);
    expect(state.lacking.get('last')).toEqual([]);
    expect(state.lacking.get('daysSinceLast')).toEqual([]);
  });

  it('name the list as missing when it is not given', () => {
    const state = deriveFacts(new Map(), derived, '2021-09-01');
    expect(state.lacking.get('parity')).toEqual(['paid']);
    expect(state.lacking.get('daysSinceLast')).toEqual(['paid']);
  });
});
