import { Decimal } from 'decimal.js';
import { addDays } from '../calendar/dates.js';
import { runCase } from '../cases/run-cases.js';
import type { Verdict } from '../evaluate/three-valued.js';
import type { LoadedRuleSet, LoadedVersion } from '../ruleset/catalog.js';
import { checkVersion } from '../ruleset/check-version.js';
import type { Condition, RuleVersionFile } from '../ruleset/schema.js';
import type { Path } from '../ruleset/walk.js';
import type { TariffCatalog } from '../tariffs/load.js';
import { type ComparedFact, comparedFacts, conditionsOf, stepOf } from './fact-values.js';
import { AssignmentView, searchAssignment } from './search.js';
import { evaluatorWithVersion } from './single-version.js';

/** One small change to a version, as a reviewer would name it. */
export interface Mutant {
  readonly id: number;
  readonly kind: string;
  /** The JSON path of the changed node. */
  readonly path: Path;
  /** The criterion or `table/row` the change is in (or `outcome`). */
  readonly target: string;
  readonly description: string;
  readonly data: RuleVersionFile;
  /** The top-level condition the change is in: where an equivalent mutant is looked for. */
  readonly root: Path;
}

export interface MutantResult {
  readonly mutant: Omit<Mutant, 'data'>;
  /** killed: some case fails; survived: every case passes; equivalent: no patient can tell it from the version. */
  readonly status: 'killed' | 'survived' | 'equivalent';
  readonly killedBy?: string;
  /** The law text of the criterion the survivor is in, for the author. */
  readonly law?: string;
}

export interface MutationReport {
  readonly ruleSet: string;
  readonly version: string;
  readonly mutants: number;
  readonly killed: number;
  readonly survived: number;
  readonly equivalent: number;
  /** killed / (mutants − equivalent), in percent, to one decimal. */
  readonly score: string;
  readonly survivors: readonly MutantResult[];
}

const SWAP_STRICT: Readonly<Record<string, string>> = {
  lessThan: 'lessThanInclusive',
  lessThanInclusive: 'lessThan',
  greaterThan: 'greaterThanInclusive',
  greaterThanInclusive: 'greaterThan',
};

function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  copy[head!] = setAt(copy[head!], rest, value);
  return copy as T;
}

function getAt(root: unknown, path: Path): any {
  return path.reduce((node: any, key) => node[key], root);
}

function targetOf(data: RuleVersionFile, root: Path): string {
  if (root[0] === 'criteria') return data.criteria[root[1] as number]!.id;
  if (root[0] === 'outputs') {
    const table = data.outputs[root[1] as number]!;
    return root.length > 3 ? `${table.id}/${table.rows[root[3] as number]!.id}` : table.id;
  }
  return 'outcome';
}

/** Every mutant of a version: comparisons, thresholds, combinators, counts, table rows. */
export function mutantsOf(data: RuleVersionFile): Mutant[] {
  const facts = comparedFacts(data);
  const mutants: Mutant[] = [];
  const add = (kind: string, root: Path, path: Path, description: string, replacement: unknown) => {
    mutants.push({ id: mutants.length + 1, kind, path, root, target: targetOf(data, root), description, data: setAt(data, path, replacement) });
  };
  const visit = (condition: Condition, path: Path, root: Path): void => {
    const children = (key: string, list: Condition[]) => list.forEach((c, i) => visit(c, [...path, key, i], root));
    if ('all' in condition || 'any' in condition) {
      const key = 'all' in condition ? 'all' : 'any';
      const parts: Condition[] = 'all' in condition ? condition.all : condition.any;
      if (parts.length > 1) {
        add('combinator', root, path, `${key} → ${key === 'all' ? 'any' : 'all'}`, { [key === 'all' ? 'any' : 'all']: parts });
        parts.forEach((_, i) => add('drop-condition', root, path, `drop part ${i + 1} of ${key}`, { [key]: parts.filter((__, j) => j !== i) }));
      }
      children(key, parts);
    } else if ('not' in condition) visit(condition.not, [...path, 'not'], root);
    else if ('atLeast' in condition) {
      if (condition.atLeast > 1) add('at-least', root, [...path, 'atLeast'], `at least ${condition.atLeast} → ${condition.atLeast - 1}`, condition.atLeast - 1);
      if (condition.atLeast < condition.of.length) add('at-least', root, [...path, 'atLeast'], `at least ${condition.atLeast} → ${condition.atLeast + 1}`, condition.atLeast + 1);
      children('of', condition.of);
    } else if ('fact' in condition) {
      const fact = facts.get(condition.fact);
      const swapped = SWAP_STRICT[condition.operator];
      if (swapped) add('strictness', root, [...path, 'operator'], `${condition.fact} ${condition.operator} → ${swapped}`, swapped);
      if (typeof condition.value === 'boolean') add('boolean', root, [...path, 'value'], `${condition.fact} ${String(condition.value)} → ${String(!condition.value)}`, !condition.value);
      else if (typeof condition.value === 'string' && fact && swapped) {
        for (const moved of moves(fact, condition.value)) add('threshold', root, [...path, 'value'], `${condition.fact} ${condition.operator} ${condition.value} → ${moved}`, moved);
      } else if (Array.isArray(condition.value) && condition.value.length > 1) {
        condition.value.forEach((v, i) =>
          add('enum-value', root, [...path, 'value'], `${condition.fact} ${condition.operator}: drop ${v}`, (condition.value as string[]).filter((_, j) => j !== i)),
        );
      }
    }
  };
  for (const { condition, path } of conditionsOf(data)) visit(condition, path, path);
  data.outputs.forEach((table, t) => {
    if (table.rows.length < 2) return;
    table.rows.forEach((row, r) => {
      add('drop-row', ['outputs', t], ['outputs', t, 'rows'], `${table.id}: remove row ${row.id}`, table.rows.filter((_, j) => j !== r));
      const next = table.rows[r + 1];
      if (next && table.hitPolicy === 'first') {
        const swapped = [...table.rows];
        [swapped[r], swapped[r + 1]] = [next, row];
        add('swap-rows', ['outputs', t], ['outputs', t, 'rows'], `${table.id}: swap rows ${row.id} and ${next.id}`, swapped);
      }
    });
  });
  return mutants;
}

/** A threshold moved by the smallest step of its fact: a day for dates, 1 for integers, the finest written decimal otherwise. */
function moves(fact: ComparedFact, value: string): string[] {
  if (fact.type === 'date') return [addDays(value, -1), addDays(value, 1)];
  const step = stepOf(fact);
  return [new Decimal(value).minus(step).toString(), new Decimal(value).plus(step).toString()];
}

/**
 * What a patient can observe of a root's verdicts once the search has fixed every fact they read:
 * the truth of a condition, or of a `first` table the row chosen (a row left undecided before any
 * row holds leaves the table undecided); a truth kept unknown by a source gap shows as the gaps it names.
 */
function observed(verdicts: readonly Verdict[], rowIds: readonly string[] | undefined): string {
  // A criterion that does not apply counts as false wherever it is read.
  const shown = (v: Verdict) => (v.value === 'U' ? `U[${[...v.gaps].sort().join(' ')}]` : v.value === 'N' ? 'F' : v.value);
  if (!rowIds) return verdicts.map(shown).join();
  const decisive = verdicts.findIndex((v) => v.value !== 'F' && v.value !== 'N');
  return decisive < 0 ? 'no row' : `${shown(verdicts[decisive]!)} ${rowIds[decisive]}`;
}

/** Whether no assignment of the compared facts tells the mutant's changed condition from the original's. */
function isEquivalent(original: RuleVersionFile, mutant: Mutant): boolean {
  const facts = comparedFacts(original);
  for (const [id, fact] of comparedFacts(mutant.data)) {
    const known = facts.get(id);
    facts.set(id, known ? { ...known, thresholds: [...new Set([...known.thresholds, ...fact.thresholds])] } : fact);
  }
  // A change inside a table is judged on the whole table: what shows is which rows hold.
  const table = mutant.root[0] === 'outputs' ? mutant.root.slice(0, 2) : undefined;
  const conditions = (data: RuleVersionFile): Condition[] => (table ? getAt(data, [...table, 'rows']).map((row: { when: Condition }) => row.when) : [getAt(data, mutant.root)]);
  // Under `first` only the chosen row shows, so a row masked by an earlier one, or two rows that never
  // both hold swapped, change nothing; other tables show every row that holds.
  const firstRows = (data: RuleVersionFile): string[] | undefined =>
    table && getAt(data, table).hitPolicy === 'first' ? getAt(data, [...table, 'rows']).map((row: { id: string }) => row.id) : undefined;
  const differs = (view: AssignmentView, other: AssignmentView): Verdict => {
    const [a, b] = [conditions(original).map((c) => view.condition(c)), conditions(mutant.data).map((c) => other.condition(c))];
    // Unknown only for want of a fact: fix it first. Unknown for a source gap alone: settled, and compared by its gaps.
    const open = [...a, ...b].filter((v) => v.value === 'U' && v.missing.length > 0);
    if (open.length > 0) return { value: 'U', missing: [...new Set(open.flatMap((v) => v.missing))], gaps: [...new Set(open.flatMap((v) => v.gaps))] };
    return { value: observed(a, firstRows(original)) === observed(b, firstRows(mutant.data)) ? 'F' : 'T', missing: [], gaps: [] };
  };
  const found = searchAssignment(original, facts, (view) => differs(view, new AssignmentView(mutant.data, facts, view.assignment)), 'T');
  return !found.found && found.reason === 'none';
}

/** Runs every mutant of a version against its cases and reports the kill score and the survivors. */
export async function mutateVersion(set: LoadedRuleSet, version: LoadedVersion, parameters: TariffCatalog): Promise<MutationReport> {
  const cases = version.cases?.data.cases ?? [];
  const results: MutantResult[] = [];
  for (const mutant of mutantsOf(version.data)) {
    const { data: _data, ...described } = mutant;
    // A mutant the loader would refuse is no mutant of the law: leave it out.
    if (checkVersion(mutant.data, version.file).length > 0) continue;
    const evaluator = evaluatorWithVersion(set, version, parameters, mutant.data);
    const mutated = evaluator.catalog.get(set.id)!.versions.find((v) => v.file === version.file)!;
    let killedBy: string | undefined;
    for (const testCase of cases) {
      const result = await runCase(evaluator, set.id, mutated, testCase).catch(() => ({ passed: false }));
      if (!result.passed) {
        killedBy = testCase.id;
        break;
      }
    }
    if (killedBy !== undefined) results.push({ mutant: described, status: 'killed', killedBy });
    else {
      const criterion = version.data.criteria.find((c) => c.id === mutant.target);
      const law = criterion?.law.ro;
      results.push({ mutant: described, status: isEquivalent(version.data, mutant) ? 'equivalent' : 'survived', ...(law && { law }) });
    }
  }
  const count = (status: MutantResult['status']) => results.filter((r) => r.status === status).length;
  const [killed, survived, equivalent] = [count('killed'), count('survived'), count('equivalent')];
  const scored = killed + survived;
  return {
    ruleSet: set.id,
    version: version.data.validFrom,
    mutants: results.length,
    killed,
    survived,
    equivalent,
    score: scored === 0 ? '100.0' : new Decimal(killed).times(100).div(scored).toFixed(1),
    survivors: results.filter((r) => r.status !== 'killed'),
  };
}
