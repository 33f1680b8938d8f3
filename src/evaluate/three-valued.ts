import type { Condition, FactCondition } from '../ruleset/schema.js';

/** A three-valued truth: true, false, or unknown (Kleene's strong logic). */
export type Tri = 'T' | 'F' | 'U';

/** A condition's truth, or `N`: it refers only to criteria that do not apply, so it has no say. */
export type Truth = Tri | 'N';

/**
 * The truth of a condition, and when it is unknown, what could decide it: the supplied facts that
 * are missing, and the source gaps (law text not available) that keep it unknown.
 */
export interface Verdict {
  readonly value: Truth;
  readonly missing: readonly string[];
  readonly gaps: readonly string[];
  /** The verdicts of the parts of an all / any / not / atLeast node, in order, for explanations. */
  readonly parts?: readonly Verdict[];
}

/** How the leaves of a condition get their truth. */
export interface VerdictSource {
  fact(leaf: FactCondition): Verdict;
  criterion(id: string): Verdict;
  gap(id: string): Verdict;
  /** Whether the caller gave a fact: true or false, never unknown. */
  given(fact: string): Verdict;
}

/** Evaluates a condition three-valued; {@link evaluateCondition}, or an engine's compiled equivalent. */
export type ConditionEvaluator = (condition: Condition, source: VerdictSource) => Verdict;

const TRUE: Verdict = { value: 'T', missing: [], gaps: [] };
const FALSE: Verdict = { value: 'F', missing: [], gaps: [] };

/** Unknown, because of what the unknown parts lack; decided parts cannot change the result. */
function unknownFrom(parts: readonly Verdict[]): Verdict {
  const missing = new Set<string>();
  const gaps = new Set<string>();
  for (const part of parts) {
    if (part.value !== 'U') continue;
    for (const fact of part.missing) missing.add(fact);
    for (const gap of part.gaps) gaps.add(gap);
  }
  return { value: 'U', missing: [...missing], gaps: [...gaps], parts };
}

const decided = (value: 'T' | 'F', parts: readonly Verdict[]): Verdict => ({ value, missing: [], gaps: [], parts });

const NOT_APPLICABLE: Verdict = { value: 'N', missing: [], gaps: [] };

/**
 * Judges the parts of an `all` (`needed` undefined: every applicable part), an `any` (1) or an
 * `atLeast` (n). Parts that do not apply (a reference to a not-applicable criterion) have no say: the
 * node judges the others, and a node whose parts all do not apply does not apply either. The node is
 * true once `needed` applicable parts are true, false once too few can still be (for `all`: one part
 * is false, whatever is unknown), unknown otherwise. Counted in one pass over the parts.
 */
function judge(parts: readonly Verdict[], needed: number | undefined): Verdict {
  let relevant = 0;
  let met = 0;
  let open = 0;
  for (const part of parts) {
    if (part.value === 'N') continue;
    relevant++;
    if (part.value === 'T') met++;
    else if (part.value === 'U') open++;
  }
  if (relevant === 0) return { ...NOT_APPLICABLE, parts };
  const need = needed ?? relevant;
  if (met >= need) return decided('T', parts);
  if (met + open < need) return decided('F', parts);
  return unknownFrom(parts);
}

/**
 * Evaluates a condition with three values. `all` is false as soon as one part is false, whatever
 * is unknown; `any` is true as soon as one part is true; `not` keeps unknown unknown; `atLeast n`
 * is true once n parts are true and false once too few parts can still be true. Only the unknown
 * parts of an undecided node are reported as what could decide it.
 */
export function evaluateCondition(condition: Condition, source: VerdictSource): Verdict {
  if ('all' in condition) return judge(condition.all.map((c) => evaluateCondition(c, source)), undefined);
  if ('any' in condition) return judge(condition.any.map((c) => evaluateCondition(c, source)), 1);
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, source);
    if (inner.value === 'U' || inner.value === 'N') return { value: inner.value, missing: inner.missing, gaps: inner.gaps, parts: [inner] };
    return decided(inner.value === 'T' ? 'F' : 'T', [inner]);
  }
  if ('atLeast' in condition) return judge(condition.of.map((c) => evaluateCondition(c, source)), condition.atLeast);
  if ('criterion' in condition) return source.criterion(condition.criterion);
  if ('sourceGap' in condition) return source.gap(condition.sourceGap);
  if ('given' in condition) return source.given(condition.given);
  return source.fact(condition);
}

/**
 * A criterion's truth from whether it applies and whether its condition holds: it does not apply when
 * `appliesWhen` is false or its condition refers only to criteria that do not apply; it is met or not
 * met only once it is known to apply. While whether it applies is unknown it is unknown even when its
 * condition holds: met and not applicable weigh differently (an `any` or `atLeast` counts the one and
 * skips the other), so calling it met would decide for the caller. Where the difference cannot change
 * the outcome, the completions decide it.
 */
export function criterionTruth(applies: Truth, body: Truth): Truth {
  if (applies === 'F' || body === 'N') return 'N';
  if (applies === 'T') return body;
  return 'U';
}

export const VERDICT_TRUE = TRUE;
export const VERDICT_FALSE = FALSE;
