import type { Issue } from '../errors/issue.js';
import { checkConstraints } from './check-constraints.js';
import type { FactState } from '../facts/derive.js';
import type { CompiledVersion } from './compile.js';
import { type Truths, completedTruths, violatesConstraints } from './compiled-engine.js';
import { valuesInsideBounds } from './completion-values.js';

/**
 * The contradiction a number given as bounds makes with the other facts, if any: when the version's
 * constraints refuse every value inside the bounds (a severity stated "mild" with a level "below 1 %"),
 * the facts are refused as a value outside them would be. The values tried stand for every interval
 * the constraints' thresholds and the bounds cut, so no value inside is left untried. Each value is
 * tried on the compiled comparisons (`truths` are the decision's); the issues are built only for a refusal.
 */
export function boundsContradiction(compiled: CompiledVersion, state: FactState, truths: Truths): Issue[] {
  for (const [fact, bound] of state.bounds ?? []) {
    const values = valuesInsideBounds(compiled.data, fact, bound);
    if (values.length === 0) continue;
    if (!values.every((value) => violatesConstraints(compiled, completedTruths(compiled, truths, [[fact, value]])))) continue;
    return checkConstraints(compiled.data, { values: new Map(state.values).set(fact, values[0]!), lacking: state.lacking });
  }
  return [];
}
