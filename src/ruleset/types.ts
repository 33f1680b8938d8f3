/**
 * The types of the rule-file format, inferred from the zod schemas (never written twice) and
 * documented here as plain shapes: the schemas themselves are an implementation detail.
 */
import type { z } from 'zod';
import type * as rules from './schema.js';
import type * as tariffs from './tariff-schema.js';

/**
 * One dated version of a rule set (`rules/<set>/<YYYY-MM-DD>.json`), as the loader returns it once checked.
 * @interface
 */
export type RuleVersionFile = z.infer<typeof rules.RuleVersionFile>;

/**
 * The `set.json` of a rule folder: its id, title, summary and kind.
 * @interface
 */
export type RuleSetFile = z.infer<typeof rules.RuleSetFile>;

/**
 * The cases of one version (`rules/<set>/<YYYY-MM-DD>.cases.json`).
 * @interface
 */
export type CasesFile = z.infer<typeof rules.CasesFile>;

/**
 * One case: facts on a date and the decision they must give.
 * @interface
 */
export type TestCase = z.infer<typeof rules.TestCase>;

/**
 * A criterion: the law's text, its gloss and citation, and the condition that makes it met.
 * @interface
 */
export type Criterion = z.infer<typeof rules.Criterion>;

/**
 * An output: a decision table whose rows give values and reasons.
 * @interface
 */
export type DecisionTable = z.infer<typeof rules.DecisionTable>;

/**
 * A fact the caller supplies: its type (decimal, integer, boolean, date, enum, text, dateList), unit, bounds or allowed values, and labels.
 * @useDeclaredType
 */
export type FactDeclaration = z.infer<typeof rules.FactDeclaration>;

/**
 * A fact computed from other facts: calendar counts, windows and exact differences.
 * @useDeclaredType
 */
export type DerivedFact = z.infer<typeof rules.DerivedFact>;

/**
 * A comparison of a fact with a value: `{ fact, operator, value }`.
 * @interface
 */
export type FactCondition = z.infer<typeof rules.FactCondition>;

/**
 * One dated value of a parameters folder (a tariff, a point value), with its citation.
 * @interface
 */
export type Parameter = z.infer<typeof tariffs.Parameter>;

/**
 * A printed total of a parameters version and the parameters it adds up, checked exactly at load.
 * @interface
 */
export type ParameterSum = z.infer<typeof tariffs.ParameterSum>;

/**
 * One dated version of a parameters folder.
 * @interface
 */
export type ParametersVersionFile = z.infer<typeof tariffs.ParametersVersionFile>;

/**
 * One dated version of a tariff table.
 * @interface
 */
export type TariffTableVersionFile = z.infer<typeof tariffs.TariffTableVersionFile>;

/**
 * A column of a tariff table and how it is computed: one shape per kind of column.
 * @useDeclaredType
 */
export type TariffColumn = z.infer<typeof tariffs.TariffColumn>;

/**
 * A row of a tariff table.
 * @interface
 */
export type TariffRow = z.infer<typeof tariffs.TariffRow>;

/**
 * A printed amount that the formula does not reproduce, recorded rather than hidden.
 * @interface
 */
export type TariffAnomaly = z.infer<typeof tariffs.TariffAnomaly>;

/**
 * The closed formula language of tariff columns.
 * @useDeclaredType
 */
export type Formula = z.infer<typeof tariffs.Formula>;

/**
 * How a computed amount is rounded, as recovered from the printed numbers.
 * @interface
 */
export type Rounding = z.infer<typeof tariffs.Rounding>;

/**
 * How the source printed the amounts of a column.
 * @interface
 */
export type PrintedFormat = z.infer<typeof tariffs.PrintedFormat>;
