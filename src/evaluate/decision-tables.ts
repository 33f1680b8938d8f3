import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { FactState } from '../facts/derive.js';
import { deepFreeze } from '../ruleset/deep-freeze.js';
import type { DecisionTable } from '../ruleset/schema.js';
import type { CompiledVersion } from './compile.js';
import type { Localized, OutputParameter, OutputResult, OutputRow, PendingRow } from './decision.js';
import { type ConditionEvaluator, type Verdict, type VerdictSource, VERDICT_FALSE, evaluateCondition } from './three-valued.js';

type Row = DecisionTable['rows'][number];

/** A row's truth, counting a `then` that reads an unknown fact as unknown too. */
function rowVerdict(row: Row, source: VerdictSource, state: FactState, evaluate: ConditionEvaluator): Verdict {
  const verdict = evaluate(row.when, source);
  // A row made only of criteria that do not apply does not match.
  // (Only a row verdict's value and missing facts are read, so a decided one is the shared false.)
  if (verdict.value === 'F' || verdict.value === 'N') return verdict.value === 'F' ? verdict : VERDICT_FALSE;
  const echoed = echoedFacts(row);
  if (echoed.length === 0) return verdict;
  const unread = echoed.flatMap((fact) => (!state.values.has(fact) ? (state.lacking.get(fact) ?? [fact]) : []));
  if (unread.length === 0) return verdict;
  return { value: 'U', missing: [...new Set([...verdict.missing, ...unread])], gaps: verdict.gaps };
}

const echoedByRow = new WeakMap<Row, readonly string[]>();

/** The facts a row's `then` echoes, read from the rule once. */
function echoedFacts(row: Row): readonly string[] {
  let facts = echoedByRow.get(row);
  if (!facts) {
    facts = Object.values(row.then).flatMap((value) => (typeof value === 'object' && 'fact' in value ? [value.fact] : []));
    echoedByRow.set(row, facts);
  }
  return facts;
}

const staticRows = new WeakMap<Row, OutputRow>();
/** Rows that echo facts and name no parameter, by the values they echo (the latest few per row). */
const echoingRows = new WeakMap<Row, Map<string, OutputRow>>();

/**
 * A row's value: built once when the row neither echoes a fact nor names a parameter (its value is
 * then the same for every decision, and shared like the rule's other text), and once per echoed
 * value when it echoes facts only (e.g. the days of the quarter, the same for every patient on a day).
 * A shared value is frozen, as the rule's own text is.
 */
function rowValue(row: Row, table: DecisionTable, compiled: CompiledVersion, state: FactState, parameterOf: ParameterSource): OutputRow {
  const known = staticRows.get(row);
  if (known) return known;
  let byEchoed = echoingRows.get(row);
  if (!byEchoed) {
    const fields = Object.values(row.then);
    if (fields.every((v) => typeof v !== 'object')) {
      const value = deepFreeze(buildRowValue(row, table, compiled, state, parameterOf));
      staticRows.set(row, value);
      return value;
    }
    // A parameter's value depends on the date: such a row is built for each decision.
    if (fields.some((v) => typeof v === 'object' && !('fact' in v))) return buildRowValue(row, table, compiled, state, parameterOf);
    echoingRows.set(row, (byEchoed = new Map()));
  }
  let key = '';
  for (const fact of echoedFacts(row)) key += `${JSON.stringify(state.values.get(fact))}\u0000`;
  let value = byEchoed.get(key);
  if (!value) {
    value = deepFreeze(buildRowValue(row, table, compiled, state, parameterOf));
    if (byEchoed.size >= 64) byEchoed.delete(byEchoed.keys().next().value!);
    byEchoed.set(key, value);
  }
  return value;
}

/** Resolves a dated parameter on the evaluation date (the evaluator knows the parameters catalog). */
export type ParameterSource = (id: string) => OutputParameter;

function buildRowValue(row: Row, table: DecisionTable, compiled: CompiledVersion, state: FactState, parameterOf: ParameterSource): OutputRow {
  const parameters: Record<string, OutputParameter> = {};
  const labels: Record<string, Localized> = {};
  const value = Object.fromEntries(
    Object.entries(row.then).map(([field, v]) => {
      if (typeof v !== 'object') {
        const label = typeof v === 'string' ? table.codes?.[field]?.[v] : undefined;
        if (label) labels[field] = label;
        return [field, v];
      }
      if ('fact' in v) {
        const echoed = state.values.get(v.fact)!;
        const declared = compiled.data.facts[v.fact];
        const label = declared?.type === 'enum' ? declared.values.find((e) => e.id === echoed)?.label : undefined;
        if (label) labels[field] = label;
        return [field, echoed];
      }
      parameters[field] = parameterOf(v.parameter);
      return [field, parameters[field].value];
    }),
  );
  return {
    id: row.id,
    reason: row.reason,
    value,
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
  };
}

/**
 * Evaluates every decision table. `first`: the first row that applies, unless an earlier row is
 * still unknown; `unique`: the one row that applies (two is a conflict in the rule file); `collect`:
 * every row that applies: the rows established, and the rows still possible with the facts each needs.
 */
export function evaluateTables(
  compiled: CompiledVersion,
  source: VerdictSource,
  state: FactState,
  outcome: Verdict,
  parameterOf: ParameterSource,
  evaluate: ConditionEvaluator = evaluateCondition,
): Record<string, OutputResult> {
  return Object.fromEntries(compiled.data.outputs.map((table) => [table.id, evaluateOutputTable(table, compiled, source, state, () => outcome, parameterOf, evaluate)]));
}

/** One table of {@link evaluateTables}; `outcome` is asked for only by a table that waits for it. */
export function evaluateOutputTable(
  table: DecisionTable,
  compiled: CompiledVersion,
  source: VerdictSource,
  state: FactState,
  outcomeOf: () => Verdict,
  parameterOf: ParameterSource,
  evaluate: ConditionEvaluator = evaluateCondition,
): OutputResult {
  if (!table.onlyWhenMet) return evaluateTable(table, compiled, source, state, parameterOf, evaluate);
  const outcome = outcomeOf();
  if (outcome.value === 'T') return evaluateTable(table, compiled, source, state, parameterOf, evaluate);
  // A table for eligible patients only says nothing until eligibility is known, and nothing if it is refused.
  if (outcome.value !== 'U') return notApplicable(table, compiled);
  const conditional = evaluateTable(table, compiled, source, state, parameterOf, evaluate);
  const waiting = waitingForOutcome(table, compiled, outcome);
  return conditional.status === 'determined' ? { ...waiting, ifMet: { value: conditional.value, rows: conditional.rows } } : waiting;
}

function notApplicable(table: DecisionTable, compiled: CompiledVersion): OutputResult {
  return tableResult(table, compiled, 'not_applicable', null, [], [], []);
}

function waitingForOutcome(table: DecisionTable, compiled: CompiledVersion, outcome: Verdict): OutputResult {
  return tableResult(table, compiled, 'undetermined', null, [], [], outcome.missing);
}

/** A table's result: its static text, then the answer, as one object literal of a fixed shape. */
function tableResult(
  table: DecisionTable,
  compiled: CompiledVersion,
  status: OutputResult['status'],
  value: OutputResult['value'],
  rows: OutputResult['rows'],
  pending: OutputResult['pending'],
  missingFacts: OutputResult['missingFacts'],
): OutputResult {
  const { id, title, hitPolicy, law, citation } = describeTable(table, compiled);
  if (law && citation) return { id, title, hitPolicy, law, citation, status, value, rows, pending, missingFacts };
  if (law) return { id, title, hitPolicy, law, status, value, rows, pending, missingFacts };
  if (citation) return { id, title, hitPolicy, citation, status, value, rows, pending, missingFacts };
  return { id, title, hitPolicy, status, value, rows, pending, missingFacts };
}

type TableDescription = Pick<OutputResult, 'id' | 'title' | 'hitPolicy' | 'law' | 'citation'>;
const descriptions = new WeakMap<DecisionTable, TableDescription>();

/** A table's static text, worked out once per table (each result copies its fields). */
function describeTable(table: DecisionTable, compiled: CompiledVersion): TableDescription {
  let found = descriptions.get(table);
  if (!found) {
    found = {
      id: table.id,
      title: table.title,
      hitPolicy: table.hitPolicy,
      ...(table.law ? { law: table.law } : {}),
      ...(table.cite ? { citation: compiled.citations.get(table.id)! } : {}),
    };
    descriptions.set(table, found);
  }
  return found;
}

function evaluateTable(
  table: DecisionTable,
  compiled: CompiledVersion,
  source: VerdictSource,
  state: FactState,
  parameterOf: ParameterSource,
  evaluate: ConditionEvaluator,
): OutputResult {
  if (table.hitPolicy === 'collect') {
    const verdicts = table.rows.map((row) => rowVerdict(row, source, state, evaluate));
    return collectTable(table, compiled, verdicts, table.rows.filter((_, i) => verdicts[i]!.value === 'T'), state, parameterOf);
  }
  // first: the rows up to the first that applies; unique: every row.
  const matched: Row[] = [];
  const open: Verdict[] = [];
  for (const row of table.rows) {
    const verdict = rowVerdict(row, source, state, evaluate);
    if (verdict.value === 'T') {
      matched.push(row);
      if (table.hitPolicy === 'first') break;
    } else if (verdict.value === 'U') open.push(verdict);
  }
  if (table.hitPolicy === 'unique' && matched.length > 1) {
    throw new CnasRulesError([
      makeIssue('decision_table_conflict', ['outputs', table.id], { output: table.id, rows: matched.map((r) => r.id) }),
    ]);
  }
  const decided = table.hitPolicy === 'unique' ? matched.length === 1 || open.length === 0 : open.length === 0;
  const rows = decided ? matched.map((row) => rowValue(row, table, compiled, state, parameterOf)) : [];
  return tableResult(
    table,
    compiled,
    !decided ? 'undetermined' : rows.length === 0 ? 'no_match' : 'determined',
    decided ? (rows[0]?.value ?? null) : null,
    rows,
    [],
    decided ? [] : [...new Set(open.flatMap((v) => v.missing))],
  );
}

/** A collect table lists what is established as soon as it is, and what may still be added. */
function collectTable(
  table: DecisionTable,
  compiled: CompiledVersion,
  verdicts: readonly Verdict[],
  matched: readonly Row[],
  state: FactState,
  parameterOf: ParameterSource,
): OutputResult {
  const rows = matched.map((row) => rowValue(row, table, compiled, state, parameterOf));
  const pending: PendingRow[] = table.rows.flatMap((row, i) =>
    verdicts[i]!.value === 'U' ? [{ id: row.id, reason: row.reason, missingFacts: verdicts[i]!.missing }] : [],
  );
  const status = pending.length === 0 ? (rows.length === 0 ? 'no_match' : 'determined') : rows.length === 0 ? 'undetermined' : 'partial';
  return tableResult(table, compiled, status, null, rows, pending, [...new Set(pending.flatMap((row) => row.missingFacts))]);
}
