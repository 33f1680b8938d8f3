import type { CriterionResult, Decision, OutputResult, VersionInfo } from './decision.js';

/**
 * How much of a decision to build. `full`: every criterion with its explanation tree and tests;
 * `criteria`: every criterion's status, text and what it lacks, without the trees; `outcome`: the
 * outcome, the missing facts, the gaps and the outputs. The answers are the same at every level.
 */
export type Detail = 'full' | 'criteria' | 'outcome';

export const DETAIL_LEVELS: readonly Detail[] = ['full', 'criteria', 'outcome'];

/** A criterion without its explanation tree and tests. */
export type CriterionSummary = Omit<CriterionResult, 'tests' | 'explanation' | 'applicabilityExplanation'>;

/** A decision with criterion statuses but no explanation trees. */
export type CriteriaDecision<C extends string = string, O extends string = string> = Omit<Decision<C, O>, 'criteria'> & {
  readonly criteria: Readonly<Record<C, CriterionSummary>>;
};

/** An output's answer without its title, law text and citation. */
export type OutputAnswer = Omit<OutputResult, 'title' | 'law' | 'citation'>;

/**
 * A decision without criteria and without static text: the outcome, what it still needs, the
 * outputs' answers, and which version was applied. `C` is kept for symmetry with the other levels.
 */
export type OutcomeDecision<_C extends string = string, O extends string = string> = Omit<Decision<string, O>, 'criteria' | 'outputs' | 'version'> & {
  readonly outputs: Readonly<Record<O, OutputAnswer>>;
  readonly version: Pick<VersionInfo, 'validFrom' | 'validUntil'>;
};

/** The decision type of a detail level. */
export type DecisionAt<D extends Detail, C extends string = string, O extends string = string> = D extends 'outcome'
  ? OutcomeDecision<C, O>
  : D extends 'criteria'
    ? CriteriaDecision<C, O>
    : Decision<C, O>;
