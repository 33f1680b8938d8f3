/** The shapes of an explained decision. Everything here is plain data, ready for JSON. */

/** A text in Romanian and English. */
export interface Localized {
  readonly ro: string;
  readonly en: string;
}

/** The outcome of a rule set on a date: met, not met, or not decidable from the facts given. */
export type Outcome = 'met' | 'not_met' | 'undetermined';

/** The status of one criterion. `not_applicable`: its `appliesWhen` is false, so it does not count. */
export type CriterionStatus = 'met' | 'not_met' | 'unknown' | 'not_applicable';

/** Where a criterion's text stands in the law. */
export interface CitationInfo {
  /** The act as it names itself, with its number and Monitorul Oficial when known. */
  readonly act: string;
  /** Annex, article, point, letter, indent. */
  readonly location: string;
  /** The document the text was copied from (a seed file or a public page). */
  readonly source: string;
  readonly url?: string;
}

/** One fact comparison inside a criterion, as evaluated. */
export interface TestResult {
  readonly fact: string;
  readonly label: Localized;
  readonly operator: string;
  /** The value the fact was compared with (a decimal string, a date, enum ids, or a boolean). */
  readonly threshold: string | boolean | readonly string[];
  readonly unit?: string;
  /** The fact's value, or `null` when it is unknown. */
  readonly observed: string | boolean | null;
  readonly status: 'met' | 'not_met' | 'unknown';
}

/** The status of a part of a condition: like a test's, or not applicable for a reference to a criterion that does not apply. */
export type TraceStatus = TestResult['status'] | 'not_applicable';

/** How a condition was decided, as a tree mirroring the rule file: the explanation of a criterion. */
export type ConditionTrace =
  | {
      readonly kind: 'all' | 'any' | 'not';
      readonly status: TraceStatus;
      readonly parts: readonly ConditionTrace[];
    }
  | {
      readonly kind: 'atLeast';
      readonly atLeast: number;
      readonly status: TraceStatus;
      readonly parts: readonly ConditionTrace[];
    }
  | { readonly kind: 'test'; readonly status: TestResult['status']; readonly test: TestResult }
  | { readonly kind: 'criterion'; readonly criterion: string; readonly status: TraceStatus }
  | { readonly kind: 'sourceGap'; readonly gap: string; readonly status: 'unknown' }
  /** Whether the caller gave a fact (met when given). */
  | { readonly kind: 'given'; readonly fact: string; readonly label: Localized; readonly status: 'met' | 'not_met' };

export interface CriterionResult {
  readonly id: string;
  readonly status: CriterionStatus;
  readonly title: Localized;
  /** ro: the verbatim text of the law; en: an English gloss. */
  readonly law: Localized;
  readonly citation: CitationInfo;
  /** Every fact comparison of the criterion, in the order of the rule file. */
  readonly tests: readonly TestResult[];
  /** The criterion's condition as it was decided, part by part. */
  readonly explanation: ConditionTrace;
  /**
   * `unknown` when whether the criterion applies is itself unknown (its `appliesWhen` reads facts not
   * given): it then stays unknown even when its condition holds, since met and not applicable weigh
   * differently in the outcome. Absent otherwise.
   */
  readonly applicability?: 'unknown';
  /** With `applicability`, at full detail: how its `appliesWhen` was decided, part by part. */
  readonly applicabilityExplanation?: ConditionTrace;
  /** Facts whose value could change this criterion's status (empty unless it is unknown). */
  readonly missingFacts: readonly string[];
  /** Source gaps that keep this criterion unknown whatever the facts. */
  readonly unresolvedGaps: readonly string[];
  /** Source gaps the answer stands despite: e.g. a definition the caller's facts rely on is not in the sources. */
  readonly caveats?: readonly string[];
}

/** A fact still needed to decide, and the criteria and outputs waiting for it. */
export interface MissingFact {
  readonly fact: string;
  readonly label: Localized;
  readonly neededBy: readonly string[];
}

/** A value an output gives: text or a decimal string, a boolean, or a list of dates echoed from the facts. */
export type OutputValue = string | boolean | readonly string[];

/** A dated parameter an output row took its value from, e.g. a tariff, with its citation. */
export interface OutputParameter {
  readonly id: string;
  readonly value: string;
  readonly unit: string;
  readonly citation: CitationInfo;
}

export interface OutputRow {
  readonly id: string;
  readonly reason: Localized;
  readonly value: Readonly<Record<string, OutputValue>>;
  /** For fields whose value is a dated parameter: where it comes from, by field. */
  readonly parameters?: Readonly<Record<string, OutputParameter>>;
  /** For fields whose value is a code (a role, a body, a route, a status) or an echoed enum fact: its label, by field. */
  readonly labels?: Readonly<Record<string, Localized>>;
}

/** A row of a `collect` table that may still apply: the facts it waits for. */
export interface PendingRow {
  readonly id: string;
  readonly reason: Localized;
  readonly missingFacts: readonly string[];
}

/** The result of a decision table: e.g. the maximum prescription duration and why. */
export interface OutputResult {
  readonly id: string;
  readonly title: Localized;
  readonly hitPolicy: 'first' | 'unique' | 'collect';
  /**
   * determined: the rows are known; undetermined: facts are missing; no_match: no row applies;
   * not_applicable: the table applies only when the outcome is met, and it is not; partial (collect
   * tables only): the rows listed are established and the rows in `pending` may still be added.
   */
  readonly status: 'determined' | 'partial' | 'undetermined' | 'no_match' | 'not_applicable';
  /** The value of the row that applies (first / unique), or null. */
  readonly value: Readonly<Record<string, OutputValue>> | null;
  /**
   * The rows that apply, in table order (one for first / unique, any number for collect). A collect
   * table lists the rows already established even while others are pending.
   */
  readonly rows: readonly OutputRow[];
  /** Collect tables: the rows that may still apply, each with the facts it waits for (empty once the list is complete). */
  readonly pending: readonly PendingRow[];
  readonly missingFacts: readonly string[];
  /**
   * For a table that answers only for eligible patients, while eligibility is undetermined: what it
   * would answer if the outcome turns out met (e.g. the priority tier or the tariff). Conditional, never the answer.
   */
  readonly ifMet?: { readonly value: Readonly<Record<string, OutputValue>> | null; readonly rows: readonly OutputRow[] };
  readonly law?: Localized;
  readonly citation?: CitationInfo;
  /** Source gaps that keep this output undetermined (a provision in force on the date that is not encoded). */
  readonly unresolvedGaps?: readonly string[];
  /** Source gaps the answer stands despite. */
  readonly caveats?: readonly string[];
}

export interface SourceGapInfo {
  readonly id: string;
  readonly kind: string;
  readonly what: string;
  readonly effect: string;
  readonly recoveredFrom?: string;
}

export interface InterpretationInfo {
  readonly id: string;
  readonly question: string;
  readonly reading: string;
  readonly reason: string;
}

/** A first day known only within a window, as it bears on one decision. */
export interface UncertainStartInfo {
  readonly earliest: string;
  /** The latest day the version can have come into force, or null when not even that is established. */
  readonly latest: string | null;
  readonly reason: string;
  /** The provenance gap that records what is unknown. */
  readonly gap: string;
  /** True when the caller accepted the earliest date (`acceptEarliestStart`): the decision then stands as if in force. */
  readonly acceptedEarliest: boolean;
  /** What the text decides if it is in force on the evaluation date. */
  readonly outcomeIfInForce: Outcome;
}

/** The version of the rule set that was applied, with its legal provenance. */
export interface VersionInfo {
  readonly validFrom: string;
  /** The last day in force, or null while no end or later version is known. */
  readonly validUntil: string | null;
  readonly title: Localized;
  readonly acts: ReadonlyArray<{ readonly id: string; readonly citation: string; readonly url?: string }>;
  readonly amendedBy: readonly string[];
  readonly checkedOn: string;
  readonly sourceGaps: readonly SourceGapInfo[];
  readonly interpretations: readonly InterpretationInfo[];
}

/**
 * How far the decision looked beyond three-valued logic. Each undetermined part (the outcome, an
 * unknown criterion, an undetermined output) is evaluated on every completion of the unknown facts it
 * reads, and takes the answer all completions agree on.
 */
export interface CompletionInfo {
  /**
   * not_needed: the known facts decided everything directly; exhaustive: every completion of each
   * undetermined part was tried; capped: some part needed more completions than were left of `cap`,
   * and kept its three-valued answer (still correct, but possibly undetermined where the facts decide).
   */
  readonly status: 'not_needed' | 'exhaustive' | 'capped';
  /** How many distinct completions were evaluated. */
  readonly completions: number;
  /** The most completions evaluated for one decision. */
  readonly cap: number;
  /** When the outcome was decided this way: the unknown facts it holds for whatever their values. */
  readonly decidedRegardlessOf: readonly string[];
}

/** An explained decision. */
export interface Decision<C extends string = string, O extends string = string> {
  readonly ruleSet: string;
  readonly asOf: string;
  readonly outcome: Outcome;
  readonly criteria: Readonly<Record<C, CriterionResult>>;
  /**
   * When undetermined: the facts whose values can still change the outcome, the most decisive first
   * (a fact one answer of which decides the outcome on its own before one that needs others), then in
   * criterion order. A form can ask them in this order.
   */
  readonly missingFacts: readonly MissingFact[];
  /** When undetermined because the law's text is not available: the gaps responsible. */
  readonly unresolvedGaps: readonly SourceGapInfo[];
  /** Gaps the decided criteria and outputs stand despite (their `caveats`), e.g. a definition not in the sources. */
  readonly caveats?: readonly SourceGapInfo[];
  /**
   * Present when the version's first day is not established and `asOf` may fall before it: unless the
   * caller accepted the earliest date, the outcome is undetermined and `outcomeIfInForce` says what the
   * text decides if it is in force.
   */
  readonly uncertainStart?: UncertainStartInfo;
  readonly outputs: Readonly<Record<O, OutputResult>>;
  readonly version: VersionInfo;
  /** Whether parts were decided over the completions of the unknown facts, and whether the search was capped. */
  readonly completion: CompletionInfo;
}

/** A decision from one three-valued evaluation, before the completions of unknown facts are looked at. */
export type ThreeValuedDecision = Omit<Decision, 'completion'>;
