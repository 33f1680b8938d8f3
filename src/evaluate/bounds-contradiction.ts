import type { Issue } from '../errors/issue.js';
import { checkConstraints } from '../facts/check-constraints.js';
import type { FactState } from '../facts/derive.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import { valuesInsideBounds } from './completion-values.js';

/**
 * The contradiction a number given as bounds makes with the other facts, if any: when the version's
 * constraints refuse every value inside the bounds (a severity stated "mild" with a level "below 1 %"),
 * the facts are refused as a value outside them would be. The values tried stand for every interval
 * the constraints' thresholds and the bounds cut, so no value inside is left untried.
 */
export function boundsContradiction(data: RuleVersionFile, state: FactState): Issue[] {
  for (const [fact, bound] of state.bounds ?? []) {
    const values = valuesInsideBounds(data, fact, bound);
    if (values.length === 0) continue;
    const refusals = values.map((value) => checkConstraints(data, { values: new Map(state.values).set(fact, value), lacking: state.lacking }));
    if (refusals.every((issues) => issues.length > 0)) return refusals[0]!;
  }
  return [];
}
