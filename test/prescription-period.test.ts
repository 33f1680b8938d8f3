import { describe, expect, it } from 'vitest';
import { addDays, periodDays } from '../src/calendar/dates.js';
import { deriveFacts } from '../src/facts/derive.js';
import { loadRuleTree } from '../src/load/default-source.js';

/**
 * The 90/91/92 days of one prescription form (art. 32 lit. g) are computed once, by the derived kind
 * `periodDays`: the insulin (dz-prescribing, program-prescribing) and the test strips written on the same
 * form (art. 31 (16)) must get the same maximum on every date, month ends and 29 February included.
 */

const { catalog } = loadRuleTree(undefined);

/** The value of a derived fact of the version in force on `asOf`, from the given supplied facts. */
function derivedOn(set: string, fact: string, asOf: string, facts: Record<string, string> = {}): string | undefined {
  const version = catalog.get(set)!.versions.find((v) => v.data.validFrom <= asOf && (v.lastDay === undefined || asOf <= v.lastDay));
  if (!version) return undefined;
  return deriveFacts(new Map(Object.entries(facts)), version.data.derived, asOf).values.get(fact) as string | undefined;
}

describe('one prescription period for one form', () => {
  it('periodDays counts three months as 90, 91 or 92 days and one month as 30 or 31', () => {
    expect(periodDays('2019-03-31', 3)).toBe(91);
    expect(periodDays('2019-07-01', 3)).toBe(92);
    expect(periodDays('2019-11-30', 3)).toBe(91);
    expect(periodDays('2019-12-31', 3)).toBe(91);
    expect(periodDays('2018-12-31', 3)).toBe(90);
    expect(periodDays('2020-02-29', 3)).toBe(90);
    // 31 January + 3 months is 30 April, 89 days: the law's lowest count is 90.
    expect(periodDays('2019-01-31', 3)).toBe(90);
    expect(periodDays('2019-01-31', 1)).toBe(30);
    expect(periodDays('2019-03-01', 1)).toBe(31);
    expect(periodDays('2020-01-01', 12)).toBe(366);
  });

  it('gives the strips and the insulin of the same form the same maximum on every day from 28 September 2018 to 31 December 2020', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (let asOf = '2018-09-28'; asOf <= '2020-12-31'; asOf = addDays(asOf, 1)) {
      const expected = String(periodDays(asOf, 3));
      const found = {
        'dz-prescribing maxDays': derivedOn('dz-prescribing', 'maxDays', asOf),
        'program-prescribing maxDaysThreeMonths': derivedOn('program-prescribing', 'maxDaysThreeMonths', asOf),
        'dz-t1-test-strips maxDays': derivedOn('dz-t1-test-strips', 'maxDays', asOf),
        'dz-t2-test-strips maxDays': derivedOn('dz-t2-test-strips', 'maxDays', asOf),
      };
      for (const [what, value] of Object.entries(found)) if (value !== expected) disagreements.push(`${asOf} ${what}: ${value}, expected ${expected}`);
      // The strips' period ending on the maximum's last day is within; one day more is not.
      const end = addDays(asOf, Number(expected));
      if (derivedOn('dz-t1-test-strips', 'daysOverMax', asOf, { prescriptionEndDate: end }) !== '0') disagreements.push(`${asOf} strips ending ${end}`);
      if (derivedOn('dz-t2-test-strips', 'daysOverMax', asOf, { prescriptionEndDate: addDays(end, 1) }) !== '1') disagreements.push(`${asOf} strips ending a day later`);
      if (derivedOn('dz-prescribing', 'daysOverMax', asOf, { prescriptionDays: expected }) !== '0') disagreements.push(`${asOf} insulin for ${expected} days`);
      days += 1;
    }
    expect(days).toBe(826);
    expect(disagreements).toEqual([]);
  });
});
