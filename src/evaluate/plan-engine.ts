import type { FactState } from '../facts/derive.js';
import type { Condition, FactCondition } from '../ruleset/schema.js';
import type { CompiledVersion } from './compile.js';
import type { Tri, Verdict, VerdictSource } from './three-valued.js';

/** The engines that can evaluate a version: the json-rules-engine reference, or closures compiled from the same conditions. */
export type EngineName = 'json-rules-engine' | 'compiled';

/** The engine names, for checking options. */
export const ENGINE_NAMES: readonly EngineName[] = ['json-rules-engine', 'compiled'];

/**
 * One evaluation of a version's plan on one patient's facts: the truth of each fact comparison, and
 * the three-valued verdict of any condition of the version. Engines differ only here; the decision
 * and its explanation are assembled from these answers by shared code.
 */
export interface PlanRun {
  truthOf(leaf: FactCondition): Tri;
  /** The verdict of a condition of the version; `source` answers its criterion references, gaps and unknown facts. */
  condition(condition: Condition, source: VerdictSource): Verdict;
}

export interface PlanEngine {
  readonly name: EngineName;
  /** Builds what the engine needs for a version ahead of the first evaluation (at load, or on first use). */
  prepare(compiled: CompiledVersion): void;
  /**
   * Evaluates the plan on the facts. `explain`: whether verdicts must carry their parts (for the
   * explanation tree); without it an engine may leave them out.
   */
  run(compiled: CompiledVersion, state: FactState, explain: boolean): PlanRun | Promise<PlanRun>;
}
