/**
 * cnas-rules: Romanian national health-insurance (CNAS) eligibility criteria as versioned JSON rule
 * files, evaluated by json-rules-engine behind a typed, three-valued facade.
 *
 * This entry imports no Node built-in and runs in browsers, with rules given as data
 * (`createEvaluator({ bundles })`, bundles from `cnas-rules/bundles/<set>`). Under Node the package
 * resolves to `cnas-rules/node`, which adds reading rule trees from disk and makes the bundled rules
 * the default.
 *
 * @packageDocumentation
 */
import type { DecisionAt, Detail } from './evaluate/detail.js';
import type { EvaluateOptions, Evaluator } from './evaluate/evaluator.js';
import { createEvaluator } from './create-evaluator.js';
import type { BundledRegistry } from './generated/registry.js';

export { createEvaluator } from './create-evaluator.js';
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
  CompletionInfo,
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
  PendingRow,
  SourceGapInfo,
  UncertainStartInfo,
  TestResult,
  ThreeValuedDecision,
  TraceStatus,
  VersionInfo,
} from './evaluate/decision.js';
export { DEFAULT_COMPLETION_CAP } from './evaluate/decide-over-completions.js';
export { CnasRulesError, ISSUE_CODES, MAX_ISSUES, formatPath } from './errors/issue.js';
export type { Issue, IssueCode, IssuePath } from './errors/issue.js';
export { buildCatalog, buildTariffCatalog } from './load/check-functions.js';
export type { LoadedRuleSet, LoadedVersion, RuleCatalog } from './ruleset/catalog.js';
export type { SourceDocument } from './ruleset/parse-document.js';
export { BUNDLE_FORMAT, catalogsFromBundles } from './bundles/bundle.js';
export type { BundledFolder, BundledVersion, RuleBundle } from './bundles/bundle.js';
export type { RuleFolderKind } from './ruleset/folder-kind.js';
export { LIMITS } from './ruleset/limits.js';
export { formatDecision } from './explain/format-text.js';
export { factsJsonSchema } from './facts/facts-schema.js';
export type { FormatOptions, Lang } from './explain/format-text.js';
export { runCases } from './cases/run-cases.js';
export type { CaseResult } from './cases/run-cases.js';
export type { BundledRegistry, BundledRuleSetId, NumberBoundInput } from './generated/registry.js';
export {
  addMonths,
  completedMonths,
  completedYears,
  daysBetween,
  daysUntilMonthsLater,
  periodDays,
  isIsoDate,
} from './calendar/dates.js';
export type { Condition } from './ruleset/schema.js';
export type {
  CasesFile,
  Criterion,
  DecisionTable,
  DerivedFact,
  FactCondition,
  FactDeclaration,
  RuleSetFile,
  RuleVersionFile,
  TestCase,
} from './ruleset/types.js';
export { createTariffs } from './tariffs/tariffs.js';
export type { AmountInput, AmountRequest, AnomalyInfo, FolderSums, ParameterValue, TariffAmount, Tariffs, TariffsOptions } from './tariffs/tariffs.js';
export type { SumCheck } from './parameters/sums.js';
export type { LoadedDatedFolder, LoadedDatedVersion, LoadedParameterSet, LoadedTariffTable, TariffCatalog } from './parameters/load.js';
export type {
  Formula,
  Parameter,
  ParameterSum,
  ParametersVersionFile,
  PrintedFormat,
  Rounding,
  TariffAnomaly,
  TariffColumn,
  TariffRow,
  TariffTableVersionFile,
} from './ruleset/types.js';
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
