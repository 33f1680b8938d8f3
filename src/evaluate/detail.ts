import type { CriterionResult, Decision } from './decision.js';

/**
 * How much of a decision to build. `full`: every criterion with its explanation tree and tests;
 * `criteria`: every criterion's status, text and what it lacks, without the trees; `outcome`: the
 * outcome, the missing facts, the gaps and the outputs. The answers are the same at every level.
 */
export type Detail = 'full' | 'criteria' | 'outcome';

export const DETAIL_LEVELS: readonly Detail[] = ['full', 'criteria', 'outcome'];

/** A criterion without its explanation tree and tests. */
export type CriterionSummary = Omit<CriterionResult, 'tests' | 'explanation'>;

/** A decision with criterion statuses but no explanation trees. */
export type CriteriaDecision<C extends string = string, O extends string = string> = Omit<Decision<C, O>, 'criteria'> & {
  readonly criteria: Readonly<Record<C, CriterionSummary>>;
};

/** A decision without criteria: the outcome, what it still needs, and the outputs. */
export type OutcomeDecision<C extends string = string, O extends string = string> = Omit<Decision<C, O>, 'criteria'>;

/** The decision type of a detail level. */
export type DecisionAt<D extends Detail, C extends string = string, O extends string = string> = D extends 'outcome'
  ? OutcomeDecision<C, O>
  : D extends 'criteria'
    ? CriteriaDecision<C, O>
    : Decision<C, O>;
