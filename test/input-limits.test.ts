import { describe, expect, it } from 'vitest';
import { CnasRulesError, MAX_ISSUES } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { formatDecision } from '../src/explain/format-text.js';
import { deriveFacts } from '../src/facts/derive.js';
import { parseFacts } from '../src/facts/parse-facts.js';
import { LIMITS } from '../src/ruleset/limits.js';

const evaluator = createEvaluator();
const asOf = '2025-03-10';
const refused = async (facts: Record<string, unknown>, ruleSet = 'portable-oxygen') => {
  const result = await evaluator.safeEvaluate(ruleSet, facts, { asOf });
  if (result.ok) throw new Error('the facts were accepted');
  return result.issues;
};

describe('the cost of refusing bad facts is bounded by the input limits', () => {
  it('refuses a 1 MiB decimal string by its length, fast, without echoing it', async () => {
    const huge = '9'.repeat(1_048_576);
    const started = performance.now();
    const issues = await refused({ fev1VcRatioPct: huge });
    expect(performance.now() - started).toBeLessThan(2_000); // a guard against the former seconds, not a benchmark
    expect(issues).toMatchObject([{ code: 'input_too_large', path: ['facts', 'fev1VcRatioPct'] }]);
    expect(JSON.stringify(issues).length).toBeLessThan(2_000);
  });

  it('refuses 300 000 unknown keys with one short issue (listing the keys is the only cost left)', async () => {
    const facts = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`unknown${i}`, i]));
    const started = performance.now();
    const issues = await refused(facts);
    // V8 takes a few hundred milliseconds to list 300 000 keys; the bound leaves room for a loaded machine.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(issues).toMatchObject([{ code: 'input_too_large', path: ['facts'] }]);
    expect(JSON.stringify(issues).length).toBeLessThan(2_000);
  }, 30_000);

  it('lists at most MAX_ISSUES issues and counts the rest', async () => {
    const facts = Object.fromEntries(Array.from({ length: LIMITS.maxFactKeys }, (_, i) => [`unknown${i}`, i]));
    const issues = await refused(facts);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ code: 'more_issues', params: { count: LIMITS.maxFactKeys - MAX_ISSUES } });
    expect(JSON.stringify(issues).length).toBeLessThan(200_000);
  });

  it('refuses with the same issues whether the caller catches the rejection or asks for data', async () => {
    const cases: Array<Record<string, unknown>> = [
      Object.fromEntries(Array.from({ length: LIMITS.maxFactKeys }, (_, i) => [`unknown${i}`, i])),
      { mmrcScore: 'two' },
      { hadAcuteExacerbation: true, lastAcuteExacerbationDate: '2024-01-01', acuteExacerbationDates: [] },
    ];
    for (const facts of cases) {
      const issues = await refused(facts);
      const rejection = await evaluator.evaluate('portable-oxygen', facts, { asOf }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(rejection).toBeInstanceOf(CnasRulesError);
      expect((rejection as CnasRulesError).issues).toEqual(issues);
      const batch = [];
      for await (const result of evaluator.evaluateMany([{ ruleSet: 'portable-oxygen', asOf, facts }])) batch.push(result);
      expect(batch).toEqual([{ index: 0, ok: false, issues }]);
    }
    expect((await refused(cases[2]!))[0]).toMatchObject({ code: 'inconsistent_facts' });
  });

  it('caps the issues of any CnasRulesError', () => {
    const many = Array.from({ length: 250 }, () => ({ code: 'unknown_fact' as const, path: [], message: { en: 'x', ro: 'x' } }));
    const error = new CnasRulesError(many);
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues.at(-1)).toMatchObject({ code: 'more_issues', params: { count: 150 } });
    expect(new CnasRulesError(error.issues).issues.at(-1)).toMatchObject({ params: { count: 150 } });
  });

  it('refuses a date list longer than its maxItems before reading its dates', async () => {
    const result = await evaluator.safeEvaluate('dz-hba1c', { previousDosingDates: Array.from({ length: 100_000 }, () => 'x') }, { asOf: '2020-01-01' });
    const issues = result.ok ? [] : result.issues;
    expect(issues).toMatchObject([{ code: 'invalid_fact_value', path: ['facts', 'previousDosingDates'] }]);
  });
});

describe('prototype keys and control characters in facts are refused, not dropped or printed', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s', async (key) => {
    const facts = JSON.parse(`{"${key}": {"polluted": true}}`) as Record<string, unknown>;
    const issues = await refused(facts);
    expect(issues).toMatchObject([{ code: 'forbidden_key', path: ['facts', key] }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses NUL, terminal escapes and bidirectional overrides in a text fact', async () => {
    for (const text of ['a\u0000b', '\u001b]0;pwned\u0007', 'abc\u202edcba', '\u009b31m']) {
      const result = await evaluator.safeEvaluate('hemophilia', { documentationReference: text }, { asOf: '2020-01-01' });
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'forbidden_character', path: ['facts', 'documentationReference'] }] });
    }
  });

  it('escapes control characters of an unknown key in the messages', async () => {
    const issues = await refused({ ['\u001b[2Jwipe']: 1 });
    expect(issues[0]!.code).toBe('forbidden_character');
    const values = await refused({ mmrcScore: '\u001b[2J' });
    expect(values).toMatchObject([{ code: 'forbidden_character', path: ['facts', 'mmrcScore'] }]);
    for (const issue of [...issues, ...values]) {
      const shown = [issue.message.en, issue.message.ro, ...Object.values(issue.params ?? {}).flat().map(String)];
      for (const text of shown) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('prints an explanation with nothing that a terminal would interpret', async () => {
    const result = await evaluator.safeEvaluate('hemophilia', { documentationReference: 'ref 12/2020' }, { asOf: '2020-01-01' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(formatDecision(result.decision, 'en')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('decimals have a documented precision, and inputs beyond it are refused', () => {
  const max = `${'9'.repeat(LIMITS.decimalIntegerDigits)}.${'9'.repeat(LIMITS.decimalFractionDigits)}`;

  it.each([
    ['16 digits before the point', `1${'0'.repeat(LIMITS.decimalIntegerDigits)}`],
    ['11 digits after the point', `0.${'1'.repeat(LIMITS.decimalFractionDigits + 1)}`],
    ['a float with binary noise', 0.1 + 0.2],
    ['a JSON number in exponent form', 1e21],
  ])('refuses %s', async (_name, value) => {
    const issues = await refused({ fev1VcRatioPct: value });
    expect(issues).toMatchObject([{ code: 'decimal_precision_exceeded', path: ['facts', 'fev1VcRatioPct'] }]);
  });

  it('accepts zeros that add no precision', async () => {
    const result = await evaluator.safeEvaluate('portable-oxygen', { fev1VcRatioPct: '00062.50000000000000' }, { asOf });
    expect(result.ok).toBe(true);
  });

  it('computes a difference at the limits exactly (decimal.js alone rounds to 20 digits)', () => {
    const derived = { d: { fn: 'difference', left: { fact: 'a' }, right: { fact: 'b' }, label: { ro: 'd', en: 'd' } } } as const;
    const parsed = parseFacts({ a: max, b: `-${max}` }, { a: { type: 'decimal', label: { ro: 'a', en: 'a' } }, b: { type: 'decimal', label: { ro: 'b', en: 'b' } } });
    expect(parsed.issues).toEqual([]);
    const state = deriveFacts(parsed.facts, derived, asOf);
    expect(state.values.get('d')).toBe(`1${'9'.repeat(LIMITS.decimalIntegerDigits)}.${'9'.repeat(LIMITS.decimalFractionDigits - 1)}8`);
  });
});
