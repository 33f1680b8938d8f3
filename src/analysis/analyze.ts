import { Decimal } from 'decimal.js';
import { derivedInputs } from '../facts/derive.js';
import type { LoadedVersion } from '../ruleset/catalog.js';
import type { Condition, FactCondition, FindingKind, RuleVersionFile } from '../ruleset/schema.js';
import { type Path, versionConditions, walkCondition } from '../ruleset/walk.js';
import type { Verdict } from '../evaluate/three-valued.js';
import { type AnalysisValue, type ComparedFact, comparedFacts } from './fact-values.js';
import { type Question, type SearchResult, SearchMemo, allOf, negate, searchAssignment } from './search.js';

/** The kinds of finding, each with the severity it has unless the rule file acknowledges it. */
export const FINDINGS: Readonly<Record<FindingKind, 'error' | 'warning'>> = {
  masked_row: 'error',
  overlapping_rows: 'error',
  row_never_applies: 'error',
  criterion_never_met: 'error',
  comparison_out_of_range: 'error',
  table_gap: 'warning',
  criterion_never_fails: 'warning',
  criterion_unread: 'warning',
  fact_unread: 'warning',
  inconclusive: 'warning',
};

export type { FindingKind };

/** One finding of the static analysis of a version. */
export interface Finding {
  readonly kind: FindingKind;
  /** `error` fails `validate`; `note` is a finding the rule file acknowledges, with its reason. */
  readonly severity: 'error' | 'warning' | 'note';
  readonly ruleSet: string;
  readonly version: string;
  readonly file: string;
  readonly path: Path;
  /** The criterion, row (`table/row`), fact or table the finding is about. */
  readonly target: string;
  readonly message: string;
  /** Facts (derived ones by their own value) that show the finding, where one exists. */
  readonly example?: Readonly<Record<string, AnalysisValue>>;
  /** Why the rule file accepts it, for an acknowledged finding. */
  readonly acknowledged?: string;
}

const exampleOf = (result: SearchResult) => (result.found ? Object.fromEntries(result.example) : undefined);

/**
 * Analyses one version exactly: every question is answered by a search over one value per region
 * of each compared fact (see {@link searchAssignment}), so "never" means never.
 */
export function analyzeVersion(version: LoadedVersion): Finding[] {
  const { data } = version;
  const facts = comparedFacts(data);
  const findings: Array<Omit<Finding, 'severity' | 'ruleSet' | 'version' | 'file'>> = [];
  // The version's searches share their criterion verdicts; they go with the analysis.
  const memo = new SearchMemo();
  const ask = (question: Question, wanted: 'T' | 'F') => searchAssignment(data, facts, question, wanted, undefined, memo);
  const inconclusive = (result: SearchResult, target: string, path: Path, what: string) => {
    if (!result.found && result.reason === 'budget') findings.push({ kind: 'inconclusive', path, target, message: `${what}: the search stopped at its budget` });
    return !result.found && result.reason === 'none';
  };

  data.criteria.forEach((criterion, i) => {
    if (hasGap(criterion.when)) return;
    const path = ['criteria', i, 'when'];
    const question: Question = (view) => view.condition(criterion.when);
    if (inconclusive(ask(question, 'T'), criterion.id, path, 'can it be met')) {
      findings.push({ kind: 'criterion_never_met', path, target: criterion.id, message: `criterion ${criterion.id} can never be met` });
    }
    const fails = ask(question, 'F');
    if (inconclusive(fails, criterion.id, path, 'can it fail')) {
      findings.push({ kind: 'criterion_never_fails', path, target: criterion.id, message: `criterion ${criterion.id} can never fail` });
    }
  });

  const outcome: Condition = data.outcome ?? { all: data.criteria.map((c) => ({ criterion: c.id })) };
  data.outputs.forEach((table, t) => {
    const rowVerdict = (view: Parameters<Question>[0], r: number): Verdict => view.condition(table.rows[r]!.when);
    table.rows.forEach((row, r) => {
      const target = `${table.id}/${row.id}`;
      const path = ['outputs', t, 'rows', r, 'when'];
      if (hasGap(row.when)) return;
      const applies = ask((view) => allOf([rowVerdict(view, r)]), 'T');
      if (inconclusive(applies, target, path, 'can the row apply')) {
        findings.push({ kind: 'row_never_applies', path, target, message: `row ${row.id} of ${table.id} can never apply` });
        return;
      }
      if (table.hitPolicy === 'first' && r > 0) {
        const reached = ask((view) => allOf([...table.rows.slice(0, r).map((_, e) => negate(allOf([rowVerdict(view, e)]))), rowVerdict(view, r)]), 'T');
        if (inconclusive(reached, target, path, 'is the row masked')) {
          findings.push({ kind: 'masked_row', path, target, message: `row ${row.id} of ${table.id} is masked: an earlier row applies whenever it does` });
        }
      }
      if (table.hitPolicy === 'unique') {
        for (let e = 0; e < r; e++) {
          const both = ask((view) => allOf([rowVerdict(view, e), rowVerdict(view, r)]), 'T');
          if (both.found) {
            findings.push({
              kind: 'overlapping_rows',
              path,
              target,
              message: `rows ${table.rows[e]!.id} and ${row.id} of ${table.id} (hit policy unique) both apply`,
              example: exampleOf(both)!,
            });
          }
        }
      }
    });
    if (table.hitPolicy !== 'collect' && !table.rows.some((row) => hasGap(row.when))) {
      const none = (view: Parameters<Question>[0]) =>
        // The rows first: the search then fixes their few facts before the outcome's many.
        allOf([...table.rows.map((_, r) => negate(allOf([rowVerdict(view, r)]))), ...(table.onlyWhenMet ? [view.condition(outcome)] : [])]);
      const gap = ask(none, 'T');
      if (gap.found) {
        findings.push({
          kind: 'table_gap',
          path: ['outputs', t],
          target: table.id,
          message: `no row of ${table.id} answers${table.onlyWhenMet ? ' for an eligible patient' : ''}`,
          example: exampleOf(gap)!,
        });
      }
    }
  });

  findings.push(...rangeFindings(data, facts), ...unreadFindings(data));
  const acknowledged = new Map((data.acknowledged ?? []).map((a) => [`${a.finding} ${a.target}`, a.reason]));
  return findings.map((f) => {
    const reason = acknowledged.get(`${f.kind} ${f.target}`);
    const base = { ...f, ruleSet: data.ruleSet, version: data.validFrom, file: version.file };
    return reason === undefined ? { ...base, severity: FINDINGS[f.kind] } : { ...base, severity: 'note' as const, acknowledged: reason };
  });
}

function hasGap(condition: Condition): boolean {
  let found = false;
  walkCondition(condition, { sourceGap: () => (found = true) }, []);
  return found;
}

/** Comparisons with a constant outside the fact's declared range (the loader already refuses `atLeast` counts larger than their parts). */
function rangeFindings(data: RuleVersionFile, facts: ReadonlyMap<string, ComparedFact>) {
  const findings: Array<Omit<Finding, 'severity' | 'ruleSet' | 'version' | 'file'>> = [];
  for (const { condition, path } of versionConditions(data)) {
    walkCondition(
      condition,
      {
        fact: (leaf: FactCondition, leafPath) => {
          const fact = facts.get(leaf.fact);
          if (!fact || typeof leaf.value !== 'string' || (fact.type !== 'decimal' && fact.type !== 'integer')) return;
          const value = new Decimal(leaf.value);
          if ((fact.min !== undefined && value.lt(fact.min)) || (fact.max !== undefined && value.gt(fact.max))) {
            findings.push({
              kind: 'comparison_out_of_range',
              path: leafPath,
              target: leaf.fact,
              message: `${leaf.fact} ${leaf.operator} ${leaf.value} compares outside the declared range ${fact.min ?? '…'}..${fact.max ?? '…'}`,
            });
          }
        },
      },
      path,
    );
  }
  return findings;
}

/** Criteria that neither the outcome, another criterion nor a table reads, and facts that nothing reads. */
function unreadFindings(data: RuleVersionFile) {
  const findings: Array<Omit<Finding, 'severity' | 'ruleSet' | 'version' | 'file'>> = [];
  const readCriteria = new Set<string>();
  const readFacts = new Set<string>();
  const visitor = { criterion: (id: string) => readCriteria.add(id), fact: (leaf: FactCondition) => readFacts.add(leaf.fact) };
  for (const { condition } of versionConditions(data)) walkCondition(condition, visitor, []);
  for (const constraint of data.constraints) walkCondition(constraint.forbid, visitor, []);
  for (const table of data.outputs) {
    for (const row of table.rows) for (const value of Object.values(row.then)) if (typeof value === 'object' && 'fact' in value) readFacts.add(value.fact);
  }
  for (const derived of Object.values(data.derived)) derivedInputs(derived).forEach((input) => readFacts.add(input));
  if (data.outcome) {
    data.criteria.forEach((c, i) => {
      if (!readCriteria.has(c.id)) findings.push({ kind: 'criterion_unread', path: ['criteria', i], target: c.id, message: `criterion ${c.id} is read by no outcome, criterion or table` });
    });
  }
  for (const id of Object.keys(data.facts)) {
    if (!readFacts.has(id)) findings.push({ kind: 'fact_unread', path: ['facts', id], target: id, message: `fact ${id} is read by no condition, derived fact, constraint or output` });
  }
  return findings;
}
