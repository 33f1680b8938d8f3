/**
 * Errors are data: every problem is an {@link Issue} with a code from a closed list, a path and
 * messages in Romanian and English. Problems are collected first and thrown together in one
 * {@link CnasRulesError}, so nothing is ever half-evaluated or half-loaded.
 */
import { makeIssue } from './make-issue.js';

/** Every issue code the library can produce. */
export const ISSUE_CODES = [
  // input facts
  'invalid_facts',
  'unknown_fact',
  'invalid_fact_type',
  'invalid_fact_value',
  'inconsistent_facts',
  'input_too_large',
  'forbidden_key',
  'forbidden_character',
  'decimal_precision_exceeded',
  // evaluation request
  'invalid_as_of',
  'unknown_rule_set',
  'not_in_force',
  'decision_table_conflict',
  'unexpected_error',
  'more_issues',
  // batch
  'invalid_line',
  'batch_worker_failed',
  // rule files
  'unreadable_file',
  'not_a_regular_file',
  'outside_rule_tree',
  'invalid_encoding',
  'duplicate_key',
  'invalid_json',
  'file_too_large',
  'nesting_too_deep',
  'schema_violation',
  'file_name_mismatch',
  'duplicate_id',
  'unknown_reference',
  'operator_not_allowed',
  'value_not_allowed',
  'criterion_cycle',
  'provenance_gap_undeclared',
  'duplicate_version',
  'version_overlap',
  'missing_set_file',
  // tariff tables and dated parameters
  'unknown_tariff_table',
  'unknown_tariff_row',
  'unknown_tariff_column',
  'tariff_not_computable',
  'unknown_parameter',
  'invalid_point_value',
  'sum_mismatch',
  'unknown_sum_folder',
  'invalid_option',
] as const;

/** One issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into the facts, the evaluation options or a rule file (keys and array indexes). */
export type IssuePath = ReadonlyArray<string | number>;

/** One problem, as data. */
export interface Issue {
  /** What kind of problem this is. */
  readonly code: IssueCode;
  /** Where it is: into the facts for input problems, into the JSON document for rule-file problems. */
  readonly path: IssuePath;
  /** The rule file or cases file concerned, for problems found while loading. */
  readonly file?: string;
  /** The problem in words, in Romanian and in English. */
  readonly message: { readonly ro: string; readonly en: string };
  /** Values that the message was made from (expected, received, allowed values, versions...). */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * The error thrown by the library: it carries every issue found, never only the first, up to
 * {@link MAX_ISSUES}; past that the last issue (`more_issues`) says how many more there were, so a
 * hostile input cannot make the error itself unbounded.
 */
export class CnasRulesError extends Error {
  override readonly name = 'CnasRulesError';
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const capped = capIssues(issues);
    super(summarize(capped));
    this.issues = capped;
  }

  /** The code of the first issue (all issues of one throw usually share a stage). */
  get code(): IssueCode {
    return this.issues[0]?.code ?? 'schema_violation';
  }
}

/** Most issues one error or one refusal carries; the rest are counted in a final `more_issues` issue. */
export const MAX_ISSUES = 100;

/** The first {@link MAX_ISSUES} issues, and one `more_issues` issue counting the rest. */
export function capIssues(issues: readonly Issue[]): readonly Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const count = issues.length - MAX_ISSUES + (issues.at(-1)?.code === 'more_issues' ? Number(issues.at(-1)!.params?.count ?? 1) - 1 : 0);
  return [...issues.slice(0, MAX_ISSUES), makeIssue('more_issues', [], { count })];
}

/**
 * Any thrown value as a {@link CnasRulesError}: itself when it is one, otherwise an `unexpected_error`
 * issue naming what was thrown (bounded). Callers of the library only ever see typed errors.
 */
export function asCnasRulesError(error: unknown): CnasRulesError {
  if (error instanceof CnasRulesError) return error;
  let reason: string;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : `a thrown ${typeof error}`;
  } catch {
    reason = 'an error that cannot be read';
  }
  return new CnasRulesError([makeIssue('unexpected_error', [], { reason })]);
}

function summarize(issues: readonly Issue[]): string {
  const lines = issues.slice(0, 20).map((issue) => {
    const where = [issue.file, issue.path.length > 0 ? formatPath(issue.path) : undefined].filter(Boolean).join(' ');
    return `${issue.code}${where ? ` at ${where}` : ''}: ${issue.message.en}`;
  });
  if (issues.length > 20) lines.push(`... and ${issues.length - 20} more`);
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** A path written the way a JSON pointer reads: `/criteria/2/when/any/0/value`. */
export function formatPath(path: IssuePath): string {
  return path.length === 0 ? '/' : path.map((part) => `/${String(part)}`).join('');
}
