import { describe, expect, it } from 'vitest';
import { CnasRulesError } from '../src/errors/issue.js';
import type { Decision } from '../src/evaluate/decision.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { factsJsonSchema } from '../src/facts/facts-schema.js';
import { boundLeavesAValue, withinBound } from '../src/facts/number-bound.js';
import { parseFacts } from '../src/facts/parse-facts.js';
import type { FactDeclaration } from '../src/ruleset/schema.js';

const evaluator = createEvaluator();

const level: Record<string, FactDeclaration> = {
  level: { type: 'decimal', unit: '%', min: '0', max: '200', label: { ro: 'Nivel', en: 'Level' } },
  count: { type: 'integer', min: '0', max: '1000', label: { ro: 'Număr', en: 'Count' } },
};

describe('a number fact given as bounds', () => {
  it('is parsed into canonical bounds, apart from the facts with one value', () => {
    const parsed = parseFacts({ level: { lessThan: 1 }, count: { greaterThan: '4', lessThanInclusive: 10 } }, level);
    expect(parsed.issues).toEqual([]);
    expect(parsed.facts.size).toBe(0);
    expect(parsed.bounds.get('level')).toEqual({ lessThan: '1' });
    expect(parsed.bounds.get('count')).toEqual({ greaterThan: '4', lessThanInclusive: '10' });
  });

  it.each([
    [{}, 'is an empty object'],
    [{ below: 1 }, 'has the key "below"'],
    [{ lessThan: 1, lessThanInclusive: 2 }, 'gives two bounds on the same side'],
    [{ lessThan: 'one' }, 'lessThan is not a number'],
    [{ lessThan: 0 }, 'leaves no value the fact can take'],
    [{ greaterThan: 2, lessThan: 1 }, 'leaves no value the fact can take'],
    [{ greaterThan: 1, lessThan: 1 }, 'leaves no value the fact can take'],
  ])('refuses %j on a decimal fact, naming the fact and the reason', (bound, reason) => {
    const parsed = parseFacts({ level: bound }, level);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]!.code).toBe('invalid_fact_value');
    expect(parsed.issues[0]!.path).toEqual(['facts', 'level']);
    expect(String(parsed.issues[0]!.params!.reason)).toContain(reason);
  });

  it('refuses bounds that leave no whole number on an integer fact, and a bound outside the declared range', () => {
    expect(parseFacts({ count: { greaterThan: 4, lessThan: 5 } }, level).issues[0]!.params!.reason).toBe('leaves no value the fact can take');
    expect(parseFacts({ count: { greaterThan: 4.5 } }, level).issues[0]!.params!.reason).toBe('greaterThan is not a whole number');
    expect(parseFacts({ level: { lessThan: 300 } }, level).issues[0]!.params!.reason).toContain('must be at most 200');
    expect(parseFacts({ count: { greaterThanInclusive: 4, lessThanInclusive: 4 } }, level).issues).toEqual([]);
  });

  it('knows which values lie inside and whether any does', () => {
    expect(withinBound({ lessThan: '1' }, '0.99')).toBe(true);
    expect(withinBound({ lessThan: '1' }, '1')).toBe(false);
    expect(withinBound({ greaterThanInclusive: '1', lessThanInclusive: '2' }, '2')).toBe(true);
    expect(withinBound({ greaterThan: '4' }, '4')).toBe(false);
    expect(boundLeavesAValue({ greaterThanInclusive: '2', lessThanInclusive: '2' }, false)).toBe(true);
    expect(boundLeavesAValue({ greaterThan: '2', lessThanInclusive: '2' }, false)).toBe(false);
    expect(boundLeavesAValue({ lessThan: '0.5' }, true, '0')).toBe(true);
    expect(boundLeavesAValue({ lessThan: '0' }, true, '0')).toBe(false);
  });

  it('is accepted by the facts JSON Schema of a version with number facts', () => {
    const version = evaluator.versionInForce('hemophilia', '2019-06-15').data;
    const schema = factsJsonSchema(version) as { properties: Record<string, { anyOf?: Array<{ type?: string; properties?: object }> }> };
    const object = schema.properties.factorLevelPct!.anyOf!.find((s) => s.type === 'object');
    expect(Object.keys(object!.properties!)).toEqual(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
  });
});

describe('a decision on a number known within bounds', () => {
  const child = { diagnosis: 'congenital-hemophilia-a', inhibitorsPresent: false, requestedTreatment: 'continuous-prophylaxis', birthDate: '2010-05-10' };

  it('is decided when every value inside the bounds gives the same answer', async () => {
    const below1 = await evaluator.evaluate('hemophilia', { ...child, factorLevelPct: { lessThan: '1' } }, { asOf: '2019-06-15' });
    expect(below1.outcome).toBe('met');
    expect(below1.criteria['a1-severe-form']!.status).toBe('met');
    expect(below1.missingFacts).toEqual([]);
    const above2 = await evaluator.evaluate('hemophilia', { ...child, factorLevelPct: { greaterThan: 2 } }, { asOf: '2019-06-15' });
    expect(above2.outcome).toBe('not_met');
  });

  it('asks for the fact itself when the bounds straddle a threshold, and for what else still matters', async () => {
    const below2 = await evaluator.evaluate('hemophilia', { ...child, factorLevelPct: { lessThan: '2' } }, { asOf: '2019-06-15' });
    expect(below2.outcome).toBe('undetermined');
    expect(below2.missingFacts.map((m) => m.fact)).toEqual(['factorLevelPct', 'severePhenotype']);
    const withPhenotype = await evaluator.evaluate('hemophilia', { ...child, factorLevelPct: { lessThanInclusive: '2' }, severePhenotype: true }, { asOf: '2019-06-15' });
    expect(withPhenotype.outcome).toBe('met');
  });

  it('counts as given for a presence test, so a request stated by bounds is checked', async () => {
    const request = { diabetesType: 'type-2', birthDate: '1960-05-15', recommenderRole: 'diabetologist', insulinTreated: true, stripsOnInsulinPrescription: true, prescriptionEndDate: '2019-05-31' };
    const within = await evaluator.evaluate('dz-t2-test-strips', { ...request, requestedStrips: { lessThanInclusive: 100 } }, { asOf: '2019-03-01' });
    expect(within.criteria['quantity-within-maximum']!.status).toBe('met');
    expect(within.outcome).toBe('met');
    const over = await evaluator.evaluate('dz-t2-test-strips', { ...request, requestedStrips: { greaterThan: 100 } }, { asOf: '2019-03-01' });
    expect(over.criteria['quantity-within-maximum']!.status).toBe('not_met');
    const straddling = await evaluator.evaluate('dz-t2-test-strips', { ...request, requestedStrips: { lessThan: 150 } }, { asOf: '2019-03-01' });
    expect(straddling.outcome).toBe('undetermined');
    expect(straddling.missingFacts.map((m) => m.fact)).toEqual(['requestedStrips']);
  });

  it('never contradicts the decision on the exact value: a case whose number is replaced by bounds around it decides the same or not at all', async () => {
    let compared = 0;
    let decided = 0;
    for (const set of evaluator.catalog.values()) {
      for (const version of set.versions) {
        for (const testCase of version.cases?.data.cases ?? []) {
          if (!('outcome' in testCase.expect) || testCase.expect.outcome === 'undetermined') continue;
          const numbers = Object.entries(testCase.facts).filter(([fact, value]) => {
            const type = version.data.facts[fact]?.type;
            return (type === 'decimal' || type === 'integer') && (typeof value === 'number' || typeof value === 'string');
          });
          for (const [fact, value] of numbers.slice(0, 1)) {
            for (const bound of [{ greaterThanInclusive: value, lessThanInclusive: value }, { lessThanInclusive: value }, { greaterThanInclusive: value }]) {
              let decision: Decision;
              try {
                decision = await evaluator.evaluate(set.id, { ...testCase.facts, [fact]: bound }, { asOf: testCase.asOf, detail: 'full' });
              } catch (error) {
                // A one-sided bound may reach values the version's constraints refuse only together with others: never for the exact value.
                if (error instanceof CnasRulesError && bound.lessThanInclusive !== undefined && bound.greaterThanInclusive !== undefined) throw error;
                continue;
              }
              compared += 1;
              if (decision.outcome === 'undetermined') continue;
              decided += 1;
              expect(decision.outcome, `${set.id}@${version.data.validFrom} ${testCase.id}: ${fact} ${JSON.stringify(bound)}`).toBe(testCase.expect.outcome);
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(decided).toBeGreaterThan(compared / 3);
  }, 600_000);
});
