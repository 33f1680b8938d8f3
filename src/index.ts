/**
 * cnas-rules: Romanian national health-insurance (CNAS) eligibility criteria as versioned JSON rule
 * files, evaluated by json-rules-engine behind a typed, three-valued facade.
 *
 * @packageDocumentation
 */
import type { DecisionAt, Detail } from './evaluate/detail.js';
import { type EvaluateOptions, type Evaluator, createEvaluator } from './evaluate/evaluator.js';
import type { BundledRegistry } from './generated/registry.js';

export { createEvaluator } from './evaluate/evaluator.js';
export type {
  AnyRegistry,
  EvaluateOptions,
  Evaluator,
  EvaluatorOptions,
  Registry,
  RuleSetSummary,
  RuleSetTypes,
  SafeDecision,
  VersionSummary,
} from './evaluate/evaluator.js';
export type { CriteriaDecision, CriterionSummary, DecisionAt, Detail, OutcomeDecision, OutputAnswer } from './evaluate/detail.js';
export type { EngineName } from './evaluate/plan-engine.js';
export type { BatchOptions, BatchRecord, BatchResult } from './evaluate/evaluate-many.js';
export type {
  CitationInfo,
  ConditionTrace,
  CriterionResult,
  CriterionStatus,
  Decision,
  InterpretationInfo,
  Localized,
  MissingFact,
  Outcome,
  OutputParameter,
  OutputResult,
  OutputRow,
  OutputValue,
  SourceGapInfo,
  TestResult,
  TraceStatus,
  VersionInfo,
} from './evaluate/decision.js';
export { CnasRulesError, ISSUE_CODES, formatPath } from './errors/issue.js';
export type { Issue, IssueCode, IssuePath } from './errors/issue.js';
export { buildCatalog } from './ruleset/catalog.js';
export type { LoadedRuleSet, LoadedVersion, RuleCatalog } from './ruleset/catalog.js';
export type { SourceDocument } from './ruleset/parse-document.js';
export { readRuleTree } from './ruleset/read-dir.js';
export { bundledRulesDir } from './bundled-rules.js';
export { LIMITS } from './ruleset/limits.js';
export { formatDecision } from './explain/format-text.js';
export { factsJsonSchema } from './facts/facts-schema.js';
export type { FormatOptions, Lang } from './explain/format-text.js';
export { runCases } from './cases/run-cases.js';
export type { CaseResult } from './cases/run-cases.js';
export type { BundledRegistry, BundledRuleSetId } from './generated/registry.js';
export {
  addMonths,
  completedMonths,
  completedYears,
  daysBetween,
  daysUntilMonthsLater,
  isIsoDate,
} from './calendar/dates.js';
export type {
  CasesFile,
  Condition,
  Criterion,
  DecisionTable,
  DerivedFact,
  FactCondition,
  FactDeclaration,
  RuleSetFile,
  RuleVersionFile,
  TestCase,
} from './ruleset/schema.js';
export { createTariffs } from './tariffs/tariffs.js';
export type { AmountInput, AmountRequest, AnomalyInfo, ParameterValue, TariffAmount, Tariffs, TariffsOptions } from './tariffs/tariffs.js';
export { buildTariffCatalog } from './tariffs/load.js';
export type { LoadedDatedFolder, LoadedDatedVersion, LoadedParameterSet, LoadedTariffTable, TariffCatalog } from './tariffs/load.js';
export type {
  Formula,
  Parameter,
  ParametersVersionFile,
  PrintedFormat,
  Rounding,
  TariffAnomaly,
  TariffColumn,
  TariffRow,
  TariffTableVersionFile,
} from './tariffs/schema.js';
export { formatAmount } from './tariffs/format-amount.js';

let bundled: Evaluator<BundledRegistry> | undefined;

/**
 * Evaluates a bundled rule set with an evaluator built on first use and kept for later calls.
 *
 * @example
 * ```ts
 * import { evaluate } from 'cnas-rules';
 * const decision = await evaluate('portable-oxygen', { hasStationaryLtotIndication: true }, { asOf: '2025-03-10' });
 * decision.outcome; // 'not_met': a stationary-oxygen indication puts the patient outside c.1
 * ```
 */
export function evaluate<S extends keyof BundledRegistry & string, D extends Detail = 'full'>(
  ruleSet: S,
  facts: BundledRegistry[S]['facts'],
  options: EvaluateOptions<D>,
): Promise<DecisionAt<D, BundledRegistry[S]['criteria'], BundledRegistry[S]['outputs']>> {
  bundled ??= createEvaluator<BundledRegistry>();
  return bundled.evaluate(ruleSet, facts, options);
}
