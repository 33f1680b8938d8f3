import { describe, expect, it } from 'vitest';
import type { Decision } from '../src/evaluate/decision.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { evaluate } from '../src/index.js';
import { formatDecision } from '../src/explain/format-text.js';

const evaluator = createEvaluator();
const compiled = createEvaluator({ engine: 'compiled' });
const cases = [...evaluator.catalog.values()].flatMap((set) =>
  set.versions.flatMap((v) => (v.cases?.data.cases ?? []).map((c) => ({ ruleSet: set.id, asOf: c.asOf, facts: c.facts as Record<string, unknown> }))),
);

/** A full decision reduced to what a lower detail level keeps. */
function reduce(decision: Decision, detail: 'criteria' | 'outcome') {
  const { criteria, ...rest } = decision;
  if (detail === 'outcome') {
    const outputs = Object.fromEntries(Object.entries(rest.outputs).map(([id, { title: _t, law: _l, citation: _c, ...answer }]) => [id, answer]));
    return { ...rest, outputs, version: { validFrom: rest.version.validFrom, validUntil: rest.version.validUntil } };
  }
  const summaries = Object.fromEntries(Object.entries(criteria).map(([id, { tests: _t, explanation: _e, applicabilityExplanation: _a, ...summary }]) => [id, summary]));
  return { ...rest, criteria: summaries };
}

describe('detail levels', () => {
  it.each([['json-rules-engine', evaluator] as const, ['compiled', compiled] as const])(
    'give the same answers at every level on every case (%s)',
    { timeout: 300_000 },
    async (_name, engine) => {
      let decided = 0;
      for (const input of cases) {
        const full = await engine.safeEvaluate(input.ruleSet, input.facts, { asOf: input.asOf });
        const criteria = await engine.safeEvaluate(input.ruleSet, input.facts, { asOf: input.asOf, detail: 'criteria' });
        const outcome = await engine.safeEvaluate(input.ruleSet, input.facts, { asOf: input.asOf, detail: 'outcome' });
        if (!full.ok) {
          expect(criteria).toEqual(full);
          expect(outcome).toEqual(full);
          continue;
        }
        decided++;
        expect(criteria).toEqual({ ok: true, decision: reduce(full.decision, 'criteria') });
        expect(outcome).toEqual({ ok: true, decision: reduce(full.decision, 'outcome') });
      }
      expect(decided).toBeGreaterThan(cases.length / 2);
    },
  );

  it('show a criterion whose applicability is unknown as unknown, not met, on both engines and at every level', async () => {
    // A later prescription's criteria apply only to a renewal; the kind of prescription is not given.
    const facts = {
      hasStationaryLtotIndication: false, fev1VcRatioPct: '62', tlcPctPredicted: '88', dlcoPctPredicted: '71', mmrcScore: 3,
      mmrcAssessmentDate: '2025-05-20', sixMwtMinSpO2Pct: '85', sixMwtDate: '2025-05-20', hadAcuteExacerbation: true,
      lastAcuteExacerbationDate: '2025-02-10', lungFunctionTestDate: '2025-05-20', physicianFindsPotentialBenefit: true,
      patientActivity: 'employed', prescriberSpecialty: 'pneumologie', prescriberHasCasContract: true,
      annex38aSignedAndStampedByPhysician: true, annex38aSignedByInsured: true, disabilityDegree: 'none',
      deviceMeanUsageHoursPerDay: '2.5', indicationStatus: 'persists',
    };
    for (const engine of [evaluator, compiled]) {
      const full = await engine.evaluate('portable-oxygen', facts, { asOf: '2026-03-10', acceptEarliestStart: true });
      const renewal = full.criteria['c1-renewal-compliance']!;
      expect(full.outcome).toBe('met');
      expect(renewal.status).toBe('unknown');
      expect(renewal.applicability).toBe('unknown');
      expect(renewal.explanation.status).toBe('met');
      expect(renewal.applicabilityExplanation?.status).toBe('unknown');
      const criteria = await engine.evaluate('portable-oxygen', facts, { asOf: '2026-03-10', acceptEarliestStart: true, detail: 'criteria' });
      expect(criteria.criteria['c1-renewal-compliance']).toMatchObject({ status: 'unknown', applicability: 'unknown' });
      expect(criteria.criteria['c1-renewal-compliance']).not.toHaveProperty('applicabilityExplanation');
      const text = formatDecision(full, 'en');
      expect(text).toContain('[?] c1-renewal-compliance');
      expect(text).toContain('whether it applies is not known yet:');
      expect(text).not.toMatch(/Criteria met: [^\n]*c1-renewal-compliance/);
      expect(formatDecision(full, 'ro')).toContain('nu se știe încă dacă se aplică:');
    }
  });

  it('leave the explanation trees out below full, and the criteria out at outcome', async () => {
    const facts = { hasStationaryLtotIndication: false, mmrcScore: 3 };
    const criteria = await evaluate('portable-oxygen', facts, { asOf: '2025-03-10', detail: 'criteria' });
    const first = Object.values(criteria.criteria)[0]!;
    expect(first.status).toBeDefined();
    expect(first).not.toHaveProperty('explanation');
    expect(first).not.toHaveProperty('tests');
    const outcome = await evaluate('portable-oxygen', facts, { asOf: '2025-03-10', detail: 'outcome' });
    expect(outcome).not.toHaveProperty('criteria');
    expect(outcome.version).toEqual({ validFrom: '2023-07-01', validUntil: null });
    expect(outcome.outputs.maxPrescriptionDuration).not.toHaveProperty('law');
    expect(outcome.outcome).toBe('undetermined');
    expect(outcome.missingFacts.map((m) => m.fact)).toContain('fev1VcRatioPct');
  });

  it('refuses an unknown detail level with a typed issue', async () => {
    const result = await evaluator.safeEvaluate('portable-oxygen', {}, { asOf: '2025-03-10', detail: 'everything' as 'full' });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_option', path: ['detail'] }] });
  });
});

describe('engines', () => {
  it('refuses an unknown engine with a typed issue', () => {
    expect(() => createEvaluator({ engine: 'fast' as 'compiled' })).toThrow(CnasRulesError);
    try {
      createEvaluator({ engine: 'fast' as 'compiled' });
    } catch (error) {
      expect((error as CnasRulesError).issues[0]).toMatchObject({ code: 'invalid_option', path: ['engine'] });
    }
  });
});

describe('loading only some rule sets', () => {
  it('loads the named sets (and the dated parameters their outputs use), nothing else', async () => {
    const some = createEvaluator({ ruleSets: ['pet-ct', 'portable-oxygen'], engine: 'compiled' });
    expect([...some.catalog.keys()].sort()).toEqual(['pet-ct', 'portable-oxygen']);
    const decision = await some.evaluate('pet-ct', {}, { asOf: '2019-01-10' });
    expect(decision).toEqual(await evaluator.evaluate('pet-ct', {}, { asOf: '2019-01-10' }));
    await expect(some.evaluate('dz-t1-cgm', {}, { asOf: '2024-01-10' })).rejects.toMatchObject({ issues: [{ code: 'unknown_rule_set' }] });
  });

  it('refuses a name that is not a rule set, listing the known ones', () => {
    try {
      createEvaluator({ ruleSets: ['portable-oxygen', 'no-such-set'] });
      expect.unreachable();
    } catch (error) {
      const [issue] = (error as CnasRulesError).issues;
      expect(issue).toMatchObject({ code: 'unknown_rule_set', path: ['ruleSets'] });
      expect(issue!.message.en).toContain('dz-t1-cgm');
    }
  });
});
