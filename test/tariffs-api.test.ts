import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/create-evaluator.js';
import { createTariffs } from '../src/tariffs/tariffs.js';
import { ruleTreeCopy, writeJson } from './support/rule-tree.js';
import { scribbleOver } from './support/scribble.js';

const tariffs = createTariffs();
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { issues: unknown[] }).issues;
  }
  throw new Error('expected a CnasRulesError');
};

describe('createTariffs().amount', () => {
  it('computes an amount with its formula, rounding, row, column, parameters and citation', () => {
    const fee = tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2021-10-01' });
    expect(fee).toMatchObject({
      amount: '17.33',
      unit: 'lei',
      exact: '17.325',
      formula: '5.5 × 3.50 × 0.90 = 17.325 → 17.33 (half-up, 2 places)',
      rounding: { places: 2, mode: 'half-up' },
      inputs: [
        { kind: 'points', value: '5.5' },
        { kind: 'parameter', value: '3.50', parameter: 'primary-care-point-values/pointValueService' },
        { kind: 'constant', value: '0.90' },
      ],
      row: { id: 'service-row-01', label: { ro: '1. Servicii medicale pentru situaţiile de urgenţă medico-chirurgicală' }, frequencyLimit: '1 consultaţie per persoană pentru fiecare situaţie de urgenţă' },
      column: { id: 'c7', printedFormula: 'c7 = c5 + c5 * 10%', doctorCategory: { id: 'medic' } },
      parameters: [{ id: 'primary-care-point-values/pointValueService', value: '3.50', citation: { location: 'paginile serviciilor, coloana c4 (toate cele 48 de rânduri)' } }],
      version: { validFrom: '2021-07-01', validUntil: '2022-03-31' },
    });
    expect(fee.anomalies.map((a) => a.id)).toEqual(['PC-01']);
    expect(fee.readings.map((r) => r.id)).toContain('ten-percent-below-not-above');
  });

  it('keys capitation rows by position and says the age group and gender are lost', () => {
    const fee = tariffs.amount({ table: 'primary-care-capitation', row: 'capitation-row-07', column: 'c6', asOf: '2021-10-01' });
    expect(fee).toMatchObject({ amount: '53.6', formula: '7.0 × 8.5 × 0.90 = 53.55 → 53.6 (half-up, 1 place)', row: { label: null, position: 7 } });
    expect(fee.row.labelLost).toMatch(/not an age group or a gender/);
    expect(fee.version.sourceGaps.map((g) => g.id)).toContain('capitation-labels-lost');
  });

  it('uses a point value given by the caller instead of the one in force, and says so', () => {
    const fee = tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2021-10-01', pointValue: '3.55' });
    // The column's rounding is read from amounts printed for the point value in force: it does not carry over.
    expect(fee).toMatchObject({ amount: '17.5725', formula: '5.5 × 3.55 × 0.90 = 17.5725 (not rounded)', rounding: null, parameters: [] });
    expect(fee.inputs[1]).toEqual({ kind: 'parameter', value: '3.55', parameter: 'primary-care-point-values/pointValueService', overridden: true });
  });

  it('gives a capitation amount exactly with an overridden point value, not to the one decimal only the printed table shows', () => {
    const fee = tariffs.amount({ table: 'primary-care-capitation', row: 'capitation-row-07', column: 'c6', asOf: '2021-10-01', pointValue: '8.5' });
    expect(fee).toMatchObject({ amount: '53.55', rounding: null });
  });

  it('refuses a point value that is zero or negative', () => {
    for (const pointValue of ['-3.50', '0', '0.00']) {
      const issues = issuesOf(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2021-10-01', pointValue }));
      expect(issues).toEqual([expect.objectContaining({ code: 'invalid_point_value', path: ['pointValue'] })]);
    }
  });

  it('refuses unknown rows and columns and a bad point value together, each with its path', () => {
    const issues = issuesOf(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-99', column: 'c9', asOf: '2021-10-01', pointValue: '3,50' }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid_point_value', path: ['pointValue'] }),
      expect.objectContaining({ code: 'unknown_tariff_row', path: ['row'], message: expect.objectContaining({ ro: expect.stringContaining('nu are rândul „service-row-99”') }) }),
      expect.objectContaining({ code: 'unknown_tariff_column', path: ['column'] }),
    ]);
  });

  it('refuses an unknown table, a date outside the table, an input column and a malformed date', () => {
    expect(issuesOf(() => tariffs.amount({ table: 'dentistry', row: 'r', column: 'c', asOf: '2021-10-01' }))).toEqual([
      expect.objectContaining({ code: 'unknown_tariff_table', path: ['table'], params: expect.objectContaining({ known: ['primary-care-capitation', 'primary-care-services'] }) }),
    ]);
    expect(issuesOf(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2022-04-01' }))).toEqual([
      expect.objectContaining({ code: 'not_in_force', path: ['asOf'], params: expect.objectContaining({ versions: ['2021-07-01..2022-03-31'] }) }),
    ]);
    expect(issuesOf(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c3', asOf: '2021-10-01' }))).toEqual([
      expect.objectContaining({ code: 'tariff_not_computable', message: expect.objectContaining({ en: expect.stringContaining('it holds the points of each row') }) }),
    ]);
    expect(issuesOf(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '1 Oct 2021' }))).toEqual([
      expect.objectContaining({ code: 'invalid_as_of' }),
    ]);
  });
});

describe('the «medic primar» columns, printed empty', () => {
  const primar = { table: 'primary-care-services', row: 'service-row-01', column: 'c6', asOf: '2021-10-01' } as const;

  it('are refused by default, with the recorded anomaly', () => {
    expect(issuesOf(() => tariffs.amount(primar))).toEqual([
      expect.objectContaining({ code: 'tariff_not_computable', message: expect.objectContaining({ en: expect.stringContaining('printed empty') }) }),
    ]);
    expect(issuesOf(() => tariffs.amount({ ...primar, fromHeaderFormula: false }))).toEqual([expect.objectContaining({ code: 'tariff_not_computable' })]);
  });

  it('are computed from the header formula only on request, and say so', () => {
    const fee = tariffs.amount({ ...primar, fromHeaderFormula: true });
    // c6 = c5 + c5 × 20 %: 5.5 × 3.50 = 19.25, × 1.20 = 23.1.
    expect(fee.amount).toBe('23.10');
    expect(fee.formula).toBe('19.25 × 1.20 = 23.1 → 23.10 (half-up, 2 places), from the header «c6 = c5 + c5 * 20%»');
    expect(fee.computedFromHeader).toMatchObject({ printedFormula: 'c6 = c5 + c5 * 20%', base: { column: 'c5', amount: '19.25' }, times: '1.20' });
    expect(fee.column).toMatchObject({ id: 'c6', doctorCategory: { id: 'medic-primar' } });
    expect(fee.anomalies.map((a) => a.id)).toContain('PC-02');
    expect(fee.parameters.map((p) => p.id)).toEqual(['primary-care-point-values/pointValueService']);
    const capitation = tariffs.amount({ table: 'primary-care-capitation', row: 'capitation-row-01', column: 'c5', asOf: '2021-10-01', fromHeaderFormula: true });
    expect(capitation).toMatchObject({ amount: '132.6', computedFromHeader: { base: { column: 'c4', amount: '110.5' } } });
  });

  it('never mark a printed column as computed from its header, and take a caller\'s point value unrounded', () => {
    expect(tariffs.amount({ ...primar, column: 'c7', fromHeaderFormula: true }).computedFromHeader).toBeUndefined();
    const final = tariffs.amount({ ...primar, fromHeaderFormula: true, pointValue: '3.55' });
    expect(final).toMatchObject({ amount: '23.43', rounding: null, computedFromHeader: { base: { amount: '19.525' } } });
  });
});

describe('a new point value is a new dated file', () => {
  // Test data only: a hypothetical later point value, written into a copy of the bundled rules.
  const root = ruleTreeCopy((r) => {
    const values = JSON.parse(readFileSync(join(r, 'primary-care-point-values', '2021-07-01.json'), 'utf8'));
    values.validFrom = '2022-04-01';
    delete values.validUntil;
    values.parameters.pointValueService.value = '4';
    values.parameters.pointValueService.law = { ro: '4 lei', en: 'Test value.' };
    writeJson(r, join('primary-care-point-values', '2022-04-01.json'), values);
  });

  it('changes amounts from its first day, with no code change', () => {
    const table = JSON.parse(readFileSync(join(root, 'primary-care-services', '2021-07-01.json'), 'utf8'));
    table.validFrom = '2022-04-01';
    delete table.validUntil;
    writeJson(root, join('primary-care-services', '2022-04-01.json'), table);
    const later = createTariffs({ rulesDir: root });
    const on = (asOf: string) => later.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf });
    expect(on('2022-03-31')).toMatchObject({ amount: '17.33', parameters: [{ value: '3.50', version: { validFrom: '2021-07-01' } }] });
    expect(on('2022-04-01')).toMatchObject({ amount: '19.80', formula: '5.5 × 4 × 0.90 = 19.8 → 19.80 (half-up, 2 places)', parameters: [{ value: '4', version: { validFrom: '2022-04-01' } }] });
    expect(later.parameter('primary-care-point-values/pointValueCapitation', { asOf: '2022-04-01' }).value).toBe('8.5');
  });

  it('but a table whose own version has ended is not stretched to meet it', () => {
    const later = createTariffs({ rulesDir: ruleTreeCopy((r) => writeJson(r, join('primary-care-point-values', '2022-04-01.json'), readFileSync(join(root, 'primary-care-point-values', '2022-04-01.json'), 'utf8'))) });
    expect(issuesOf(() => later.amount({ table: 'primary-care-capitation', row: 'capitation-row-01', column: 'c4', asOf: '2022-04-01' }))).toEqual([
      expect.objectContaining({ code: 'not_in_force', params: expect.objectContaining({ ruleSet: 'primary-care-capitation' }) }),
    ]);
  });
});

describe('program tariffs of seed 001 as dated parameters', () => {
  it('gives the PET-CT tariff with its verbatim text and citation', () => {
    expect(tariffs.parameter('program-tariffs/petCtPerInvestigation', { asOf: '2017-03-31' })).toMatchObject({
      value: '4000',
      unit: 'lei/investigație',
      law: { ro: 'tarif/investigație: 4.000 lei' },
      citation: { act: 'Normele tehnice ale programelor naționale de sănătate curative 2017-2018 (Ordinul CNAS nr. 245/2017)', location: expect.stringContaining('PET-CT') },
      version: { validFrom: '2017-03-31', validUntil: '2018-09-27' },
    });
  });

  it('dates each value by the order that gave its wording', () => {
    const value = (id: string, asOf: string) => tariffs.parameter(`program-tariffs/${id}`, { asOf }).value;
    expect(issuesOf(() => value('hba1cPerTest', '2018-09-27'))).toEqual([expect.objectContaining({ code: 'unknown_parameter' })]);
    expect(value('hba1cPerTest', '2018-09-28')).toBe('20');
    expect(issuesOf(() => value('hemodialysisSession', '2019-06-27'))).toEqual([expect.objectContaining({ code: 'unknown_parameter' })]);
    expect(value('hemodialysisSession', '2019-06-28')).toBe('561');
    expect(value('acuteLeukemiaCertaintyCytogenetics', '2020-12-31')).toBe('834.5');
    expect(value('continuousGlucoseMonitoringAverageCost', '2020-01-01')).toBe('12994.80');
    expect(issuesOf(() => value('petCtPerInvestigation', '2021-01-01'))).toEqual([
      expect.objectContaining({ code: 'not_in_force', params: expect.objectContaining({ versions: ['2017-03-31..2018-09-27', '2018-09-28..2019-06-27', '2019-06-28..2020-12-31'] }) }),
    ]);
    expect(tariffs.parameter('program-tariffs/hemodialysisSession', { asOf: '2020-01-01' }).version.amendedBy).toEqual(['order-1328-2018', 'order-619-2019']);
  });

  it('refuses a parameter no folder declares', () => {
    expect(issuesOf(() => tariffs.parameter('dentistry/filling', { asOf: '2020-01-01' }))).toEqual([expect.objectContaining({ code: 'unknown_parameter', path: ['id'] })]);
  });
});

describe('folder kinds', () => {
  it('the criteria evaluator does not see tariff tables or parameters', () => {
    expect(createEvaluator().ruleSets().map((s) => s.id)).not.toContain('program-tariffs');
    expect([...tariffs.catalog.tables.keys(), ...tariffs.catalog.parameters.keys()]).toEqual([
      'primary-care-capitation',
      'primary-care-services',
      'primary-care-point-values',
      'program-budgets',
      'program-indicators',
      'program-tariffs',
    ]);
  });
});

describe('a caller that changes an answer changes no later answer', () => {
  it.each([
    ['amount', () => tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2021-10-01' })],
    ['amount from a parameter', () => tariffs.amount({ table: 'primary-care-capitation', row: tariffs.catalog.tables.get('primary-care-capitation')!.versions[0]!.data.rows[0]!.id, column: tariffs.catalog.tables.get('primary-care-capitation')!.versions[0]!.data.columns.find((c) => 'formula' in c)!.id, asOf: '2021-10-01' })],
    ['parameter', () => tariffs.parameter('program-tariffs/petCtPerInvestigation', { asOf: '2019-01-01' })],
    ['sums', () => tariffs.sums('program-budgets', { asOf: '2019-01-01' })],
  ] as const)('%s', (_, answer) => {
    const first = answer();
    const expected = JSON.stringify(first);
    scribbleOver(first);
    expect(JSON.stringify(answer())).toBe(expected);
  });
});
