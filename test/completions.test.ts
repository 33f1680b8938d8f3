import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/calendar/dates.js';
import { CnasRulesError } from '../src/errors/issue.js';
import type { Decision } from '../src/evaluate/decision.js';
import { createEvaluator } from '../src/create-evaluator.js';
import type { FactDeclaration } from '../src/ruleset/schema.js';
import { presenceAffecting, presenceAffectingOutcome } from './support/presence.js';

const evaluator = createEvaluator();

/** Every case of the bundled rules that evaluates to a decision, with the version it tests. */
const decidedCases = [...evaluator.catalog.values()].flatMap((set) =>
  set.versions.flatMap((version) =>
    (version.cases?.data.cases ?? [])
      .filter((c) => 'outcome' in c.expect && c.expect.outcome !== 'undetermined')
      .map((c) => ({
        ruleSet: set.id,
        declarations: version.data.facts,
        testCase: c,
        presence: presenceAffecting(version.data),
        outcomePresence: presenceAffectingOutcome(version.data),
      })),
  ),
);

async function decide(ruleSet: string, facts: Record<string, unknown>, asOf: string, completionCap?: number): Promise<Decision | undefined> {
  try {
    return await evaluator.evaluate(ruleSet, facts, completionCap === undefined ? { asOf } : { asOf, completionCap });
  } catch (error) {
    // A completion the version refuses (contradictory facts) is not a completion at all.
    if (error instanceof CnasRulesError) return undefined;
    throw error;
  }
}

/** Any valid value of a declared fact, thresholds or not. */
function valueOf(declaration: FactDeclaration, asOf: string): fc.Arbitrary<unknown> {
  switch (declaration.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...declaration.values.map((v) => v.id));
    case 'integer': {
      const min = declaration.min === undefined ? -5 : Number(declaration.min);
      const max = declaration.max === undefined ? min + 400 : Number(declaration.max);
      return fc.integer({ min, max: Math.min(max, min + 100_000) });
    }
    case 'decimal': {
      const min = declaration.min === undefined ? -5 : Number(declaration.min);
      const max = declaration.max === undefined ? min + 400 : Number(declaration.max);
      return fc.integer({ min: min * 10, max: max * 10 }).map((tenths) => (tenths / 10).toFixed(1));
    }
    case 'date':
      return fc.integer({ min: -365 * 90, max: 400 }).map((days) => addDays(asOf, days));
    case 'dateList':
      return fc.array(fc.integer({ min: -800, max: 0 }).map((days) => addDays(asOf, days)), { maxLength: 6 }).map((dates) => [...new Set(dates)].sort());
    case 'text':
      return fc.constant('documentation reference');
  }
}

describe('decided over the completions of the unknown facts', () => {
  it('decides the dz-hba1c example: a family physician not designated by the CAS fails whatever the diabetes type', async () => {
    const decision = await evaluator.evaluate('dz-hba1c', { recommenderRole: 'family-medicine', recommenderDesignatedByCas: false }, { asOf: '2019-05-02' });
    expect(decision.outcome).toBe('not_met');
    expect(decision.missingFacts).toEqual([]);
    expect(decision.completion).toMatchObject({ status: 'exhaustive' });
    expect(decision.completion.decidedRegardlessOf).toContain('diabetesType');
    // Three-valued logic alone leaves it open, asking for the type.
    const kleene = await evaluator.evaluate('dz-hba1c', { recommenderRole: 'family-medicine', recommenderDesignatedByCas: false }, { asOf: '2019-05-02', completionCap: 0 });
    expect(kleene.outcome).toBe('undetermined');
    expect(kleene.completion.status).toBe('capped');
  });

  it('says when too many completions kept the three-valued answer', async () => {
    const decision = await evaluator.evaluate('dz-hba1c', {}, { asOf: '2019-05-02', completionCap: 4 });
    expect(decision.outcome).toBe('undetermined');
    expect(decision.completion).toMatchObject({ status: 'capped', cap: 4 });
    expect(decision.missingFacts.map((m) => m.fact)).toContain('diabetesType');
  });

  it('refuses a completion cap that is not a whole number from 0 to 100000, naming the option', async () => {
    for (const completionCap of [-1, 1.5, '64', 1e9]) {
      const error = await evaluator.evaluate('dz-hba1c', {}, { asOf: '2019-05-02', completionCap: completionCap as number }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CnasRulesError);
      expect((error as CnasRulesError).issues[0]).toMatchObject({ code: 'invalid_option', path: ['completionCap'] });
    }
  });

  it('asks first for the fact that alone decides the outcome', async () => {
    // A "no" to the contract refuses on its own (one answer of two); the type refuses on its own only
    // as "no diabetes" (one of the three ways the type can come out), so the contract is asked first.
    const decision = await evaluator.evaluate(
      'dz-hba1c',
      { recommenderRole: 'diabetologist', recommendationDate: '2019-04-01', previousDosingDates: [] },
      { asOf: '2019-05-02' },
    );
    expect(decision.outcome).toBe('undetermined');
    expect(decision.missingFacts.map((m) => m.fact)).toEqual(['providerContractedParaclinical', 'diabetesType']);
  });

  it('completes the outcome through a fact whose presence only an output reads, and leaves that output waiting for it', async () => {
    // pet-ct: a node of unknown primary meeting A.1.a is covered for an adult (A.1.a) and for a child
    // (B.11.a); the tariff and approval tables ask whether the age is given, the outcome does not.
    const facts = {
      cancerType: 'cup',
      clinicalSituation: 'primary-tumour-search',
      singleLaterocervicalAdenopathy: true,
      metastaticSquamousCarcinomaHistology: true,
      primaryTumourFoundByImaging: 'not-found',
    };
    const decision = await evaluator.evaluate('pet-ct', facts, { asOf: '2019-06-05' });
    expect(decision.outcome).toBe('met');
    expect(decision.missingFacts).toEqual([]);
    expect(decision.completion.decidedRegardlessOf).toContain('birthDate');
    expect([decision.criteria['A.1.a']!.status, decision.criteria['B.11.a']!.status]).toEqual(['unknown', 'unknown']);
    const tariff = decision.outputs.petCtTariff!;
    expect(tariff.status).toBe('undetermined');
    expect(tariff.missingFacts).toContain('birthDate');
    for (const birthDate of ['2001-06-06', '2001-06-05']) expect((await evaluator.evaluate('pet-ct', { ...facts, birthDate }, { asOf: '2019-06-05' })).outcome).toBe('met');
  });

  it('drops from missingFacts a fact whose answer cannot change the outcome', async () => {
    // A diabetologist qualifies for both recommender criteria, so the designation by the CAS no longer matters.
    const decision = await evaluator.evaluate('dz-hba1c', { recommenderRole: 'diabetologist' }, { asOf: '2019-05-02' });
    expect(decision.missingFacts.map((m) => m.fact)).not.toContain('recommenderDesignatedByCas');
  });

  it('never contradicts the full facts: an outcome or criterion decided on part of a case is the one the whole case gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...decidedCases), fc.infiniteStream(fc.boolean()), async ({ ruleSet, testCase, presence }, keep) => {
        const full = await decide(ruleSet, testCase.facts, testCase.asOf);
        const partialFacts = Object.fromEntries(Object.entries(testCase.facts).filter(([id]) => presence.has(id) || keep.next().value));
        const partial = await decide(ruleSet, partialFacts, testCase.asOf);
        if (!full || !partial) return;
        if (partial.outcome !== 'undetermined') expect(partial.outcome).toBe(full.outcome);
        for (const [id, criterion] of Object.entries(partial.criteria)) {
          if (criterion.status === 'unknown') continue;
          expect([id, full.criteria[id]!.status]).toEqual([id, criterion.status]);
        }
        // Completing refines three-valued logic, never overturns it.
        const kleene = await decide(ruleSet, partialFacts, testCase.asOf, 0);
        if (kleene && kleene.outcome !== 'undetermined') expect(partial.outcome).toBe(kleene.outcome);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('holds for every value of the facts left out: any completion gives the decided outcome', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...decidedCases).chain((picked) => {
          // A fact whose presence only an output reads may be left out too: the outcome is completed through it.
          const dropped = Object.keys(picked.declarations).filter((id) => !picked.outcomePresence.has(id));
          return fc.tuple(
            fc.constant(picked),
            fc.subarray(dropped, { maxLength: Math.min(4, dropped.length) }),
            fc.record(Object.fromEntries(dropped.map((id) => [id, valueOf(picked.declarations[id]!, picked.testCase.asOf)]))),
          );
        }),
        async ([{ ruleSet, testCase }, dropped, values]) => {
          const partialFacts = Object.fromEntries(Object.entries(testCase.facts).filter(([id]) => !dropped.includes(id)));
          const partial = await decide(ruleSet, partialFacts, testCase.asOf);
          if (!partial || partial.outcome === 'undetermined') return;
          const completed = await decide(ruleSet, { ...partialFacts, ...Object.fromEntries(dropped.map((id) => [id, values[id]])) }, testCase.asOf);
          if (completed) expect(completed.outcome).toBe(partial.outcome);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
