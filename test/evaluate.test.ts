import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { evaluate } from '../src/index.js';
import { formatDecision } from '../src/explain/format-text.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'portable-oxygen-initial.json'), 'utf8'));
// The portable-oxygen version's first day is uncertain: these tests exercise its text as if in force.
const evaluator = createEvaluator({ acceptEarliestStart: true });

async function rejection(promise: Promise<unknown>): Promise<CnasRulesError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CnasRulesError);
  return error as CnasRulesError;
}

describe('evaluate', () => {
  it('explains a met decision criterion by criterion, with law text, citation, values and thresholds', async () => {
    const decision = await evaluate('portable-oxygen', example, { asOf: '2025-03-10', acceptEarliestStart: true });
    expect(decision.outcome).toBe('met');
    const lung = decision.criteria['c1-lung-disease'];
    expect(lung.status).toBe('met');
    expect(lung.law.ro).toContain('VEMS/CV < 70%');
    expect(lung.citation.location).toContain('prima liniuță');
    expect(lung.tests[0]).toMatchObject({ fact: 'fev1VcRatioPct', operator: 'lessThan', threshold: '70', unit: '%', observed: '58', status: 'met' });
    expect(decision.version.validFrom).toBe('2023-07-01');
    expect(decision.version.sourceGaps.map((g) => g.id)).toContain('amending-order-identity');
    expect(decision.outputs.maxPrescriptionDuration.value).toEqual({ maximum: '92', unit: 'days' });
    expect(decision.outputs.maxPrescriptionDuration.rows[0]!.reason.en).toContain('90/91/92');
  });

  it('explains each criterion as the tree of its condition, part by part', async () => {
    const decision = await evaluate('portable-oxygen', { ...example, hadAcuteExacerbation: null }, { asOf: '2025-03-10', acceptEarliestStart: true });
    const trace = decision.criteria['c1-exertional-dyspnoea'].explanation;
    expect(trace).toMatchObject({
      kind: 'all',
      status: 'met',
      parts: [
        { kind: 'test', status: 'met', test: { fact: 'mmrcScore', observed: '2' } },
        {
          // Exacerbations stated as a single date (no list given): that branch decides, the list's does not apply.
          kind: 'any',
          status: 'met',
          parts: [
            {
              kind: 'all',
              status: 'met',
              parts: [
                { kind: 'not', status: 'met', parts: [{ kind: 'given', fact: 'acuteExacerbationDates', status: 'not_met' }] },
                { kind: 'any', status: 'met', parts: [{ kind: 'test', status: 'unknown' }, { kind: 'test', status: 'met', test: { fact: 'monthsFromExacerbationToMmrc', observed: '1' } }] },
              ],
            },
            { kind: 'all', status: 'not_met' },
          ],
        },
      ],
    });
  });

  it('is undetermined, never silently false, when facts are missing, and names exactly the facts that could change it', async () => {
    const { fev1VcRatioPct: _a, sixMwtMinSpO2Pct: _b, ...facts } = example;
    const decision = await evaluate('portable-oxygen', { ...facts, fev1VcRatioPct: null }, { asOf: '2025-03-10', acceptEarliestStart: true });
    expect(decision.outcome).toBe('undetermined');
    // The saturation comes first: one of its answers (no desaturation) refuses on its own; each lung test decides only with it.
    expect(decision.missingFacts.map((m) => m.fact)).toEqual(['sixMwtMinSpO2Pct', 'fev1VcRatioPct', 'tlcPctPredicted', 'dlcoPctPredicted']);
    expect(decision.missingFacts[1]).toMatchObject({ label: { ro: 'Raport VEMS/CV' }, neededBy: ['c1-lung-disease'] });
    // The maximum duration depends only on the disability degree: given whatever eligibility turns out to be.
    expect(decision.outputs.maxPrescriptionDuration).toMatchObject({ status: 'determined', value: { maximum: '92', unit: 'days' } });
    expect(decision.criteria['c1-exertional-desaturation'].status).toBe('unknown');
  });

  it('gives a table for eligible patients only as what it would be if eligible, never as the answer, while eligibility is open', async () => {
    const decision = await evaluate('dz-hba1c', { diabetesType: 'type-1' }, { asOf: '2019-03-01' });
    expect(decision.outcome).toBe('undetermined');
    expect(decision.outputs.subprogram).toMatchObject({ status: 'undetermined', value: null });
    expect(decision.outputs.subprogram.ifMet?.value).toEqual({ subprogram: 'Subprogramul de diabet zaharat tip 1, activitatea 1' });
  });

  it('lists no missing facts once a known fact already decides the outcome', async () => {
    const decision = await evaluate('portable-oxygen', { hasStationaryLtotIndication: true }, { asOf: '2025-03-10', acceptEarliestStart: true });
    expect(decision.outcome).toBe('not_met');
    expect(decision.missingFacts).toEqual([]);
  });

  it('refuses a date before the first version with not_in_force, listing the versions', async () => {
    const error = await rejection(evaluate('portable-oxygen', example, { asOf: '2023-06-30' }));
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'not_in_force', path: ['asOf'], params: expect.objectContaining({ versions: ['2023-07-01..'] }) }),
    ]);
    expect(error.issues[0]!.message.ro).toContain('nicio versiune');
  });

  it('refuses a missing or malformed asOf: there is no hidden "today"', async () => {
    const missing = await rejection(evaluate('portable-oxygen', example, {} as { asOf: string }));
    expect(missing.issues[0]!.code).toBe('invalid_as_of');
    const timestamp = await rejection(evaluate('portable-oxygen', example, { asOf: '2025-03-10T10:00:00Z' }));
    expect(timestamp.issues[0]!.code).toBe('invalid_as_of');
  });

  it('refuses an unknown rule set, naming the known ones', async () => {
    const error = await rejection(evaluator.evaluate('no-such-set', {}, { asOf: '2025-03-10' }));
    expect(error.issues[0]).toMatchObject({ code: 'unknown_rule_set', params: { known: expect.arrayContaining(['portable-oxygen', 'hemophilia']) } });
  });

  it('validates every fact before evaluating anything, and reports all problems with ro and en messages', async () => {
    const error = await rejection(
      evaluate('portable-oxygen', { ...example, fev1VcRatioPct: '58,5', mmrcScore: 7, sixMwtDate: '2025-02-30', patientActivity: 'retired', extra: 1 } as never, { asOf: '2025-03-10' }),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_fact_type', ['facts', 'fev1VcRatioPct']],
      ['invalid_fact_value', ['facts', 'mmrcScore']],
      ['invalid_fact_value', ['facts', 'sixMwtDate']],
      ['invalid_fact_value', ['facts', 'patientActivity']],
      ['unknown_fact', ['facts', 'extra']],
    ]);
    for (const issue of error.issues) {
      expect(issue.message.ro).toMatch(/„\w+”/);
      expect(issue.message.en).toMatch(/"\w+"/);
    }
    expect(error.issues[1]!.message.en).toBe('"mmrcScore" must be at most 4; received 7');
  });

  it('refuses facts that contradict each other or the evaluation date, naming the constraint', async () => {
    const error = await rejection(evaluate('portable-oxygen', { ...example, hadAcuteExacerbation: false }, { asOf: '2025-03-10' }));
    expect(error.issues).toEqual([
      expect.objectContaining({
        code: 'inconsistent_facts',
        path: ['facts'],
        params: expect.objectContaining({ constraint: 'no-exacerbation-but-dated', facts: ['hadAcuteExacerbation', 'lastAcuteExacerbationDate'] }),
      }),
    ]);
    const early = await rejection(evaluate('portable-oxygen', example, { asOf: '2025-03-09' }));
    expect(early.issues[0]!.params).toMatchObject({ constraint: 'assessment-after-prescription-date' });
  });

  it('refuses facts that are not an object', async () => {
    for (const facts of [null, [], 'x', 3]) {
      const error = await rejection(evaluator.evaluate('portable-oxygen', facts as never, { asOf: '2025-03-10' }));
      expect(error.issues[0]!.code).toBe('invalid_facts');
    }
  });

  it('safeEvaluate gives issues as data instead of rejecting', async () => {
    const result = await evaluator.safeEvaluate('portable-oxygen', { mmrcScore: 'two' }, { asOf: '2025-03-10' });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_fact_type', path: ['facts', 'mmrcScore'] }] });
  });

  it('gives the same decisions for many evaluations in flight as for one at a time', async () => {
    const variants = Array.from({ length: 120 }, (_, i) => ({
      ...example,
      fev1VcRatioPct: String(60 + (i % 20)),
      sixMwtMinSpO2Pct: i % 3 === 0 ? null : String(80 + (i % 12)),
      mmrcScore: i % 5,
    }));
    const fresh = createEvaluator({ acceptEarliestStart: true });
    const sequential = [];
    for (const facts of variants) sequential.push(await fresh.evaluate('portable-oxygen', facts, { asOf: '2025-03-10' }));
    const concurrent = await Promise.all(variants.map((facts) => fresh.evaluate('portable-oxygen', facts, { asOf: '2025-03-10' })));
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential.map((d) => d.outcome))).toEqual(new Set(['met', 'not_met', 'undetermined']));
  }, 60_000);
});

describe('versions', () => {
  const root = ruleTreeCopy((r) => {
    const amended = oxygenVersion();
    amended.validFrom = '2026-01-01';
    amended.criteria[3].when.all[0].value = '90';
    amended.criteria[3].law.ro = amended.criteria[3].law.ro.replace('sub 88%', 'sub 90%');
    writeJson(r, join('portable-oxygen', '2026-01-01.json'), amended);
  });
  const versioned = createEvaluator({ rulesDir: root, acceptEarliestStart: true });
  const facts = { ...example, sixMwtMinSpO2Pct: '89' };

  it('applies the version in force on asOf: a later amendment is a new dated file only', async () => {
    const before = await versioned.evaluate('portable-oxygen', facts, { asOf: '2025-12-31' });
    const after = await versioned.evaluate('portable-oxygen', facts, { asOf: '2026-01-01' });
    expect([before.version.validFrom, before.version.validUntil, before.outcome]).toEqual(['2023-07-01', '2025-12-31', 'not_met']);
    expect([after.version.validFrom, after.version.validUntil, after.outcome]).toEqual(['2026-01-01', null, 'met']);
  });

  it('ends a version at an explicit validUntil, after which nothing is in force', async () => {
    const ended = createEvaluator({
      acceptEarliestStart: true,
      rulesDir: ruleTreeCopy((r) => writeJson(r, join('portable-oxygen', '2023-07-01.json'), { ...oxygenVersion(), validUntil: '2025-03-10' })),
    });
    expect((await ended.evaluate('portable-oxygen', example, { asOf: '2025-03-10' })).outcome).toBe('met');
    const error = await rejection(ended.evaluate('portable-oxygen', example, { asOf: '2025-03-11' }));
    expect(error.issues[0]!.code).toBe('not_in_force');
  });
});

describe('decision tables and source gaps', () => {
  const root = ruleTreeCopy((r) => {
    const version = oxygenVersion();
    version.outputs[0].rows[1].when = { fact: 'disabilityDegree', operator: 'in', value: ['none', 'mild', 'medium', 'severe'] };
    // This tree's outcome stays undetermined (a criterion with lost text), so let the table answer anyway.
    version.outputs[0].onlyWhenMet = false;
    version.outputs.push({
      id: 'grounds',
      title: { ro: 'Motive', en: 'Grounds' },
      hitPolicy: 'collect',
      rows: [
        { id: 'low-spo2', when: { fact: 'sixMwtMinSpO2Pct', operator: 'lessThan', value: '88' }, then: { ground: 'desaturation' }, reason: { ro: 'r', en: 'e' } },
        { id: 'high-mmrc', when: { fact: 'mmrcScore', operator: 'greaterThanInclusive', value: '2' }, then: { ground: 'dyspnoea' }, reason: { ro: 'r', en: 'e' } },
      ],
    });
    version.facts.weeksUsed = { type: 'integer', min: '0', max: '53', unit: 'weeks', label: { ro: 'Săptămâni folosite', en: 'Weeks used' } };
    version.facts.documentationRef = { type: 'text', label: { ro: 'Documentație', en: 'Documentation' } };
    version.derived.weeksLeft = { fn: 'difference', left: { value: '20' }, right: { fact: 'weeksUsed' }, clamp: { min: '0' }, label: { ro: 'Rămase', en: 'Left' } };
    version.derived.weeksOverTwiceUsed = { fn: 'difference', left: { value: '20' }, right: { fact: 'weeksUsed', times: '2' }, label: { ro: 'x', en: 'x' } };
    version.derived.ninetyPctOfLeftMinusUsed = { fn: 'difference', left: { fact: 'weeksLeft', times: '0.9' }, right: { fact: 'weeksUsed' }, label: { ro: 'x', en: 'x' } };
    version.outputs.push({
      id: 'cap',
      title: { ro: 'Plafon', en: 'Cap' },
      hitPolicy: 'first',
      rows: [{ id: 'left', when: { fact: 'weeksLeft', operator: 'greaterThanInclusive', value: '0' }, then: { weeksLeft: { fact: 'weeksLeft' }, documentation: { fact: 'documentationRef' }, scaled: { fact: 'weeksOverTwiceUsed' }, scaledDerived: { fact: 'ninetyPctOfLeftMinusUsed' } }, reason: { ro: 'r', en: 'e' } }],
    });
    version.facts.episodeDates = { type: 'dateList', label: { ro: 'Episoade', en: 'Episodes' } };
    version.derived.episodesLast14Days = { fn: 'countWithin', dates: 'episodeDates', to: 'asOf', window: { lastDays: 14 }, label: { ro: 'x', en: 'x' } };
    version.derived.episodesLast3Months = { fn: 'countWithin', dates: 'episodeDates', to: 'asOf', window: { lastMonths: 3 }, label: { ro: 'x', en: 'x' } };
    version.derived.episodesThisYear = { fn: 'countWithin', dates: 'episodeDates', to: 'asOf', window: { calendarYear: true }, label: { ro: 'x', en: 'x' } };
    version.outputs.push({
      id: 'episodes',
      title: { ro: 'Episoade', en: 'Episodes' },
      hitPolicy: 'first',
      rows: [{ id: 'counted', when: { fact: 'episodesLast14Days', operator: 'greaterThanInclusive', value: '0' }, then: { last14Days: { fact: 'episodesLast14Days' }, last3Months: { fact: 'episodesLast3Months' }, thisYear: { fact: 'episodesThisYear' } }, reason: { ro: 'r', en: 'e' } }],
    });
    version.sourceGaps.push({ id: 'lost-criterion', kind: 'not_in_sources', what: 'A criterion text is not in the sources.', effect: 'Undetermined.' });
    version.criteria.push({ ...version.criteria[0], id: 'c1-lost', when: { all: [{ fact: 'mmrcScore', operator: 'greaterThan', value: '0' }, { sourceGap: 'lost-criterion' }] } });
    writeJson(r, join('portable-oxygen', '2023-07-01.json'), version);
  });
  const tables = createEvaluator({ rulesDir: root, acceptEarliestStart: true });

  it('refuses to answer when two rows of a unique table match', async () => {
    const error = await rejection(tables.evaluate('portable-oxygen', { ...example, disabilityDegree: 'severe' }, { asOf: '2025-03-10' }));
    expect(error.issues[0]).toMatchObject({ code: 'decision_table_conflict', params: { rows: ['pronounced-or-severe-disability', 'no-pronounced-or-severe-disability'] } });
  });

  it('collects every matching row, and lists the rows established while another row is pending', async () => {
    const both = await tables.evaluate('portable-oxygen', example, { asOf: '2025-03-10' });
    expect(both.outputs.grounds).toMatchObject({ status: 'determined', rows: [{ id: 'low-spo2' }, { id: 'high-mmrc' }] });
    const open = await tables.evaluate('portable-oxygen', { ...example, sixMwtMinSpO2Pct: null }, { asOf: '2025-03-10' });
    expect(open.outputs.grounds).toMatchObject({
      status: 'partial',
      missingFacts: ['sixMwtMinSpO2Pct'],
      rows: [{ id: 'high-mmrc' }],
      pending: [{ id: 'low-spo2', missingFacts: ['sixMwtMinSpO2Pct'] }],
    });
    const none = await tables.evaluate('portable-oxygen', { ...example, sixMwtMinSpO2Pct: null, mmrcScore: null }, { asOf: '2025-03-10' });
    expect(none.outputs.grounds).toMatchObject({ status: 'undetermined', rows: [] });
    expect(none.outputs.grounds!.pending.map((row) => row.id)).toEqual(['low-spo2', 'high-mmrc']);
  });

  it('computes exact differences with their bounds and echoes text facts in outputs', async () => {
    const at = (facts: object) => tables.evaluate('portable-oxygen', { ...example, ...facts }, { asOf: '2025-03-10' });
    expect((await at({ weeksUsed: 20, documentationRef: 'FO 123/2025' })).outputs.cap?.value).toEqual({ weeksLeft: '0', documentation: 'FO 123/2025', scaled: '-20', scaledDerived: '-20' });
    // A fact operand scaled by a constant stays exact: 20 − 2 × 7 = 6 and 0.9 × 13 − 7 = 4.7, no binary float.
    expect((await at({ weeksUsed: 7, documentationRef: 'x' })).outputs.cap?.value).toEqual({ weeksLeft: '13', documentation: 'x', scaled: '6', scaledDerived: '4.7' });
    expect((await at({ weeksUsed: 25, documentationRef: 'x' })).outputs.cap?.value).toEqual({ weeksLeft: '0', documentation: 'x', scaled: '-30', scaledDerived: '-25' });
    expect((await at({ documentationRef: 'x' })).outputs.cap).toMatchObject({ status: 'undetermined', missingFacts: ['weeksUsed'] });
    const long = await tables.safeEvaluate('portable-oxygen', { ...example, documentationRef: 'x'.repeat(501) } as never, { asOf: '2025-03-10' });
    expect(long).toMatchObject({ ok: false, issues: [{ code: 'invalid_fact_value', path: ['facts', 'documentationRef'] }] });
  });

  it('counts event dates in windows that end on asOf, both ends included', async () => {
    const dates = ['2024-12-10', '2024-12-11', '2024-12-31', '2025-01-01', '2025-02-24', '2025-02-25', '2025-03-10', '2025-03-11'];
    const decision = await tables.evaluate('portable-oxygen', { ...example, episodeDates: dates }, { asOf: '2025-03-10' });
    // last 14 days: 25 Feb - 10 Mar; last 3 months: 11 Dec - 10 Mar; calendar year: 1 Jan - 10 Mar.
    expect(decision.outputs.episodes?.value).toEqual({ last14Days: '2', last3Months: '6', thisYear: '4' });
    const bad = await tables.safeEvaluate('portable-oxygen', { ...example, episodeDates: ['2025-02-30'] } as never, { asOf: '2025-03-10' });
    expect(bad).toMatchObject({ ok: false, issues: [{ code: 'invalid_fact_value', path: ['facts', 'episodeDates'] }] });
    const unknown = await tables.evaluate('portable-oxygen', example, { asOf: '2025-03-10' });
    expect(unknown.outputs.episodes).toMatchObject({ status: 'undetermined', missingFacts: ['episodeDates'] });
  });

  it('keeps a criterion whose text is lost unknown, and names the gap instead of answering "not eligible"', async () => {
    const decision = await tables.evaluate('portable-oxygen', example, { asOf: '2025-03-10' });
    expect(decision.outcome).toBe('undetermined');
    expect(decision.criteria['c1-lost']).toMatchObject({ status: 'unknown', missingFacts: [], unresolvedGaps: ['lost-criterion'] });
    expect(decision.unresolvedGaps.map((g) => g.id)).toEqual(['lost-criterion']);
    expect(decision.missingFacts).toEqual([]);
    const refused = await tables.evaluate('portable-oxygen', { ...example, mmrcScore: 0 }, { asOf: '2025-03-10' });
    expect(refused.criteria['c1-lost']?.status).toBe('not_met');
  });
});

describe('outputs that show a dated parameter', () => {
  const hemophilia = (edit: (version: Record<string, any>) => void) =>
    ruleTreeCopy((r) => {
      const file = join(r, 'hemophilia', '2017-03-31.json');
      const version = JSON.parse(readFileSync(file, 'utf8'));
      edit(version);
      writeJson(r, join('hemophilia', '2017-03-31.json'), version);
    });
  const withTariff = (parameter: string) =>
    hemophilia((v) =>
      v.outputs.push({
        id: 'tariff',
        title: { ro: 'Tarif', en: 'Tariff' },
        hitPolicy: 'first',
        rows: [{ id: 'any', when: { fact: 'diagnosis', operator: 'in', value: ['congenital-hemophilia-a', 'congenital-hemophilia-b'] }, then: { amount: { parameter }, unit: 'lei' }, reason: { ro: 'r', en: 'e' } }],
      }),
    );
  const facts = { diagnosis: 'congenital-hemophilia-a', inhibitorsPresent: false, requestedTreatment: 'on-demand', bleedingEpisode: true };

  it('gives the value in force on asOf, with its citation', async () => {
    const evaluator = createEvaluator({ rulesDir: withTariff('program-tariffs/hba1cPerTest') });
    const later = await evaluator.evaluate('hemophilia', facts, { asOf: '2019-06-15' });
    expect(later.outputs.tariff?.value).toEqual({ amount: '20', unit: 'lei' });
    expect(later.outputs.tariff?.rows[0]?.parameters?.amount).toMatchObject({ id: 'program-tariffs/hba1cPerTest', value: '20', unit: 'lei/dozare' });
    expect(later.outputs.tariff?.rows[0]?.parameters?.amount?.citation.act).toContain('245/2017');
    // Before the wording that set it, the parameter does not exist: the evaluation says so rather than guess.
    const error = await rejection(evaluator.evaluate('hemophilia', facts, { asOf: '2018-01-15' }));
    expect(error.issues[0]?.code).toBe('unknown_parameter');
  });

  it('refuses, when the evaluator is built, a reference to a parameter that no version declares', () => {
    expect(() => createEvaluator({ rulesDir: withTariff('program-tariffs/noSuchTariff') })).toThrow(CnasRulesError);
    try {
      createEvaluator({ rulesDir: withTariff('program-tariffs/noSuchTariff') });
    } catch (error) {
      expect((error as CnasRulesError).issues[0]).toMatchObject({ code: 'unknown_reference', path: ['outputs', expect.any(Number), 'rows', 0, 'then', 'amount', 'parameter'] });
    }
  });
});

describe('coded output values', () => {
  it('give a stable code with its Romanian and English label, in the decision and in the text', async () => {
    const facts = { patientAgeGroup: 'adult', cancerType: 'lymphoma-hodgkin', clinicalSituation: 'staging', expertCommissionDecision: 'not-yet-decided' } as const;
    const decision = await evaluate('pet-ct', facts, { asOf: '2018-10-15' });
    const row = decision.outputs.coverage!.rows[0]!;
    expect(row.value.coverage).toBe('covered-pending-approval');
    expect(row.labels?.coverage?.en).toMatch(/pending/);
    expect(row.labels?.approvedBy?.ro).toMatch(/Comisia de experți/);
    expect(formatDecision(decision, 'ro')).toContain('(covered-pending-approval)');
    expect(formatDecision(decision, 'en')).toContain('Covered pending the approval');
  });
});

