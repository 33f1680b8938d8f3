import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { formatDecision } from '../src/explain/format-text.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'portable-oxygen-initial.json'), 'utf8'));
const refusal = { ...example, physicianFindsPotentialBenefit: false };

function treeWith(edit: (version: Record<string, any>) => void): string {
  return ruleTreeCopy((r) => {
    const version = oxygenVersion();
    edit(version);
    writeJson(r, join('portable-oxygen', '2023-07-01.json'), version);
  });
}

describe('a version whose first day is uncertain', () => {
  const bounded = createEvaluator({ rulesDir: treeWith((v) => (v.uncertainStart.latest = '2025-03-11')) });

  it('is undetermined in the window, names the provenance gap, and says what the text decides if in force', async () => {
    for (const facts of [example, refusal]) {
      const decision = await bounded.evaluate('portable-oxygen', facts, { asOf: '2025-03-10' });
      expect(decision.outcome).toBe('undetermined');
      expect(decision.unresolvedGaps.map((g) => g.id)).toEqual(['amending-order-identity']);
      expect(decision.outputs.maxPrescriptionDuration).toMatchObject({ status: 'undetermined', value: null, unresolvedGaps: ['amending-order-identity'] });
      expect(decision.uncertainStart).toMatchObject({ earliest: '2023-07-01', latest: '2025-03-11', acceptedEarliest: false });
    }
    expect((await bounded.evaluate('portable-oxygen', example, { asOf: '2025-03-10' })).uncertainStart?.outcomeIfInForce).toBe('met');
    expect((await bounded.evaluate('portable-oxygen', refusal, { asOf: '2025-03-10' })).uncertainStart?.outcomeIfInForce).toBe('not_met');
  });

  it('decides in the window when the caller accepts the earliest date, and from the latest day on in any case', async () => {
    const accepted = await bounded.evaluate('portable-oxygen', example, { asOf: '2025-03-10', acceptEarliestStart: true });
    expect([accepted.outcome, accepted.uncertainStart?.acceptedEarliest, accepted.unresolvedGaps]).toEqual(['met', true, []]);
    const certain = await bounded.evaluate('portable-oxygen', refusal, { asOf: '2025-03-11' });
    expect([certain.outcome, certain.uncertainStart]).toEqual(['not_met', undefined]);
    const byDefault = createEvaluator({ rulesDir: treeWith((v) => (v.uncertainStart.latest = '2025-03-11')), acceptEarliestStart: true });
    expect((await byDefault.evaluate('portable-oxygen', example, { asOf: '2025-03-10' })).outcome).toBe('met');
    expect((await byDefault.evaluate('portable-oxygen', example, { asOf: '2025-03-10', acceptEarliestStart: false })).outcome).toBe('undetermined');
  });

  it('says so in the text explanation', async () => {
    const text = formatDecision(await bounded.evaluate('portable-oxygen', example, { asOf: '2025-03-10' }));
    expect(text).toContain('First day uncertain: in force from 2023-07-01 at the earliest, 2025-03-11 at the latest; if in force, the text decides: MET');
    expect(text).toContain('  - amending-order-identity:');
  });

  it('refuses a latest day that is not after validFrom, and a gap that is not a provenance gap', () => {
    const build = (edit: (v: Record<string, any>) => void) => () => createEvaluator({ rulesDir: treeWith(edit) });
    expect(build((v) => (v.uncertainStart.latest = '2023-07-01'))).toThrow(/uncertainStart\/latest/);
    expect(build((v) => (v.uncertainStart.gap = 'c2-not-in-seed'))).toThrow(CnasRulesError);
  });
});

describe('a source gap that reaches decisions', () => {
  const reaching = (reaches: Record<string, unknown>) =>
    createEvaluator({
      acceptEarliestStart: true,
      rulesDir: treeWith((v) => {
        v.sourceGaps.push({ id: 'derogation', kind: 'not_encoded', what: 'A temporary derogation.', effect: 'Not encoded.', reaches });
      }),
    });

  it('makes the answers it could change unknown in its window, naming the gap, and leaves other days alone', async () => {
    const evaluator = reaching({ from: '2025-03-01', until: '2025-03-31', ids: ['c1-benefit-decision', 'maxPrescriptionDuration'], statuses: ['not_met'], effect: 'undetermined' });
    const inWindow = await evaluator.evaluate('portable-oxygen', refusal, { asOf: '2025-03-31' });
    expect(inWindow.outcome).toBe('undetermined');
    expect(inWindow.criteria['c1-benefit-decision']).toMatchObject({ status: 'unknown', unresolvedGaps: ['derogation'], missingFacts: [] });
    expect(inWindow.unresolvedGaps.map((g) => g.id)).toEqual(['derogation']);
    // A met criterion is not among the statuses the derogation could change.
    const met = await evaluator.evaluate('portable-oxygen', example, { asOf: '2025-03-10' });
    expect([met.outcome, met.criteria['c1-benefit-decision']?.status]).toEqual(['met', 'met']);
    expect(met.outputs.maxPrescriptionDuration).toMatchObject({ status: 'undetermined', unresolvedGaps: ['derogation'] });
    // The text explanation names the gap that leaves the output open, not an empty list of missing facts.
    const line = formatDecision(met).split('\n').find((l) => l.includes('undetermined') && l.includes('derogation'));
    expect(line).toMatch(/undetermined: source text not available or not encoded \(derogation\)$/);
    expect(formatDecision(met, 'ro')).toContain('nedeterminat: text sursă indisponibil sau necodificat (derogation)');
    const after = await evaluator.evaluate('portable-oxygen', { ...refusal, mmrcAssessmentDate: '2025-04-01' }, { asOf: '2025-04-01' });
    expect(after.criteria['c1-benefit-decision']?.status).toBe('not_met');
  });

  it('flags an answer that relies on a fact whose definition is not in the sources, only when that fact is given', async () => {
    const evaluator = reaching({ ids: ['c1-exertional-desaturation'], whenFactsGiven: ['sixMwtMinSpO2Pct'], effect: 'flag' });
    const given = await evaluator.evaluate('portable-oxygen', example, { asOf: '2025-03-10' });
    expect(given.outcome).toBe('met');
    expect(given.criteria['c1-exertional-desaturation']?.caveats).toEqual(['derogation']);
    expect(given.caveats?.map((g) => g.id)).toEqual(['derogation']);
    const absent = await evaluator.evaluate('portable-oxygen', { ...example, sixMwtMinSpO2Pct: null }, { asOf: '2025-03-10' });
    expect(absent.criteria['c1-exertional-desaturation']?.caveats).toBeUndefined();
    expect(absent.caveats).toBeUndefined();
  });

  it('refuses a reach that names an unknown criterion or fact, or ends before it starts', () => {
    expect(() => reaching({ ids: ['no-such'], effect: 'flag' })).toThrow(/reaches\/ids\/0/);
    expect(() => reaching({ ids: ['c1-scope'], whenFactsGiven: ['noSuchFact'], effect: 'flag' })).toThrow(/whenFactsGiven\/0/);
    expect(() => reaching({ ids: ['c1-scope'], from: '2025-02-01', until: '2025-01-31', effect: 'flag' })).toThrow(/reaches\/until/);
  });
});
