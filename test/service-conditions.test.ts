import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/create-evaluator.js';

const evaluator = createEvaluator();
const ruleSet = 'primary-care-service-conditions';

/** The rows whose conditions the person meets on the day, with nothing paid yet: one evaluation per row. */
async function payableRows(person: Record<string, unknown>, asOf: string): Promise<Record<string, string>> {
  const set = evaluator.catalog.get(ruleSet)!;
  const service = set.versions[0]!.data.facts.service!;
  const rows = service.type === 'enum' ? service.values.map((v) => v.id) : [];
  const records = rows.map((id) => ({ ruleSet, asOf, facts: { ...person, service: id, priorDates: [], packageDates: [], servicesThisHour: 0 } }));
  const outcomes: Record<string, string> = {};
  for await (const result of evaluator.evaluateMany(records)) {
    if (result.ok) outcomes[rows[result.index]!] = result.decision.outcome;
  }
  return outcomes;
}

describe('which service rows apply to a person', () => {
  it('answers by age, gender and state as the rows print them', async () => {
    const man41 = await payableRows({ birthDate: '1980-01-01', gender: 'male', asymptomatic: true, highRisk: false }, '2021-10-01');
    expect(man41).toMatchObject({
      'service-row-23': 'met',
      'service-row-25': 'met',
      'service-row-20': 'not_met',
      'service-row-21': 'not_met',
      'service-row-14': 'not_met',
      'service-row-10': 'met',
      'service-row-08': 'met',
      'service-row-03': 'not_met',
      'capitation-per-person': 'undetermined',
    });
    const woman30 = await payableRows({ birthDate: '1991-03-01', gender: 'female', asymptomatic: true, highRisk: true, pregnancyStart: '2021-07-15' }, '2021-10-01');
    // 2 months completed on 1 October: month 3 of pregnancy, in both the first trimester and months 3-7.
    expect(woman30).toMatchObject({
      'service-row-03': 'met',
      'service-row-04': 'met',
      'service-row-05': 'not_met',
      'service-row-20': 'met',
      'service-row-21': 'met',
      'service-row-23': 'not_met',
    });
  });
});
