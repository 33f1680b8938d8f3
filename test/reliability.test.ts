import { describe, expect, it } from 'vitest';
import { addDays, addMonths, completedMonths, completedYears, daysBetween, daysUntilMonthsLater } from '../src/calendar/dates.js';
import { runCases } from '../src/cases/run-cases.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { scribbleOver } from './support/scribble.js';

const evaluator = createEvaluator();

describe('dates at the ends of the calendar (a far-future date once crashed with a RangeError)', () => {
  it('refuses a far-future assessment date as data (it is after the prescription date), without rejecting', async () => {
    const result = await evaluator.safeEvaluate('portable-oxygen', { mmrcAssessmentDate: '9999-12-31' }, { asOf: '2025-03-10' });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'inconsistent_facts' }] });
    const later = await evaluator.safeEvaluate('portable-oxygen', { mmrcAssessmentDate: '9999-12-01' }, { asOf: '9999-12-31' });
    expect(later.ok).toBe(true);
  });

  it.each(['9999-10-01', '9999-12-31', '0001-01-01'])('evaluates every bundled set on asOf %s without an untyped error', async (asOf) => {
    for (const set of evaluator.catalog.values()) {
      const result = await evaluator.safeEvaluate(set.id, {}, { asOf });
      if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['not_in_force']);
    }
  });

  it('computes past year 9999 and before year 1 instead of throwing', () => {
    expect(addMonths('9999-12-31', 1)).toBe('+010000-01-31');
    expect(addDays('0001-01-01', -1)).toBe('+000000-12-31');
    expect(daysBetween(addMonths('9999-10-01', 120), '9999-12-31')).toBe(-3562);
    expect(daysUntilMonthsLater('9999-12-31', 120)).toBe(3653);
    expect(completedMonths('0001-01-01', '9999-12-31')).toBe(9999 * 12 - 1);
    expect(completedYears('9999-12-31', '0001-01-01')).toBe(-9998);
  });
});

describe('odd evaluation dates are refused as data, never thrown', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i += 1) deep = { deep };
  const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });

  it.each([
    ['a BigInt', 10n],
    ['a circular object', circular],
    ['a very deep object', deep],
    ['a symbol', Symbol('x')],
    ['a function', () => '2025-03-10'],
    ['a Proxy whose traps throw', throwing],
  ])('refuses %s as asOf with invalid_as_of', async (_name, asOf) => {
    const result = await evaluator.safeEvaluate('portable-oxygen', {}, { asOf: asOf as string });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_as_of', path: ['asOf'] }] });
  });

  it('turns options whose getter throws into a typed unexpected_error', async () => {
    const options = { get asOf(): string { throw new TypeError('getter'); } };
    const result = await evaluator.safeEvaluate('portable-oxygen', {}, options);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'unexpected_error', message: { en: expect.stringContaining('TypeError: getter') } }] });
    await expect(evaluator.evaluate('portable-oxygen', {}, options)).rejects.toBeInstanceOf(CnasRulesError);
  });

  it('refuses facts that are a Proxy whose traps throw, as a typed error', async () => {
    const result = await evaluator.safeEvaluate('portable-oxygen', throwing as never, { asOf: '2025-03-10' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toMatch(/^(invalid_facts|unexpected_error)$/);
  });
});

describe('one case that fails unexpectedly does not stop a run of cases', () => {
  it('reports the failure on that case and runs the rest', async () => {
    const set = evaluator.catalog.get('portable-oxygen')!;
    let calls = 0;
    const failing = {
      ...evaluator,
      catalog: new Map([[set.id, set]]),
      evaluate: (async (...args: Parameters<typeof evaluator.evaluate>) => {
        calls += 1;
        if (calls === 1) throw new RangeError('boom');
        return evaluator.evaluate(...args);
      }) as typeof evaluator.evaluate,
    };
    const results = await runCases(failing, 'portable-oxygen');
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]).toMatchObject({ passed: false, failures: [expect.stringContaining('RangeError: boom')] });
    expect(results.slice(1).every((r) => r.passed)).toBe(true);
  });
});

describe('a caller that changes a decision changes no later decision', () => {
  it.each(['json-rules-engine', 'compiled'] as const)('with the %s engine, at every detail level, for a case of every set', async (engine) => {
    const mine = createEvaluator({ engine });
    const fresh = createEvaluator({ engine });
    for (const set of mine.catalog.values()) {
      for (const version of set.versions) {
        const cases = version.cases?.data.cases ?? [];
        for (const one of [cases[0], cases[cases.length - 1]]) {
          if (!one) continue;
          for (const detail of ['full', 'criteria', 'outcome'] as const) {
            const options = { asOf: one.asOf ?? version.data.validFrom, detail, acceptEarliestStart: true };
            const first = await mine.safeEvaluate(set.id, one.facts, options);
            const expected = JSON.stringify(first);
            scribbleOver(first);
            const again = JSON.stringify(await mine.safeEvaluate(set.id, one.facts, options));
            expect(again, `${set.id} ${version.data.validFrom} ${one.name} ${detail}`).toBe(expected);
            expect(again).toBe(JSON.stringify(await fresh.safeEvaluate(set.id, one.facts, options)));
          }
        }
      }
    }
  }, 120_000);
});
