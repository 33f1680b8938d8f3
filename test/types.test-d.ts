import { describe, expectTypeOf, it } from 'vitest';
import { evaluate, type Decision } from '../src/index.js';

// Type-level checks: `npm run typecheck` fails if the generated registry stops typing facts and ids.
describe('types generated from the rule files', () => {
  it('type the facts, criteria and outputs of a bundled rule set', () => {
    const pending = evaluate('portable-oxygen', { fev1VcRatioPct: '62', patientActivity: 'employed' }, { asOf: '2025-03-10' });
    expectTypeOf(pending).resolves.toExtend<Decision>();
    type Result = Awaited<typeof pending>;
    expectTypeOf<keyof Result['criteria']>().toEqualTypeOf<
      | 'c1-scope'
      | 'c1-lung-disease'
      | 'c1-exertional-dyspnoea'
      | 'c1-exertional-desaturation'
      | 'c1-benefit-decision'
      | 'c1-renewal-annual'
      | 'c1-renewal-compliance'
      | 'c1-indication-persists'
      | 'c1-prescriber'
      | 'c1-annex-38a'
      | 'c1-duration-within-maximum'
    >();
    expectTypeOf<keyof Result['outputs']>().toEqualTypeOf<'maxPrescriptionDuration' | 'discontinuation'>();
    void pending.catch(() => undefined);
  });

  it('reject unknown facts and wrong value types at compile time', () => {
    const check = () => {
      // @ts-expect-error a fact the rule set does not declare
      void evaluate('portable-oxygen', { fev1: 62 }, { asOf: '2025-03-10' });
      // @ts-expect-error an enum value the rule set does not allow
      void evaluate('portable-oxygen', { patientActivity: 'retired' }, { asOf: '2025-03-10' });
      // @ts-expect-error a rule set that does not exist
      void evaluate('no-such-set', {}, { asOf: '2025-03-10' });
    };
    expectTypeOf(check).toBeFunction();
  });
});
