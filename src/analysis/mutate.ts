import { Decimal } from 'decimal.js';
import { addDays } from '../calendar/dates.js';
import { runCase } from '../cases/run-cases.js';
import type { Verdict } from '../evaluate/three-valued.js';
import type { LoadedRuleSet, LoadedVersion } from '../ruleset/catalog.js';
import { checkVersion } from '../ruleset/check-version.js';
import { presenceReadByPart } from '../ruleset/presence-read.js';
import type { Condition, RuleVersionFile } from '../ruleset/schema.js';
import { type Path, versionConditions } from '../ruleset/walk.js';
import { formatPath } from '../errors/issue.js';
import type { TariffCatalog } from '../parameters/load.js';
import { type ComparedFact, comparedFacts, stepOf } from './fact-values.js';
import { AssignmentView, allOf, searchAssignment } from './search.js';
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
  /** For an equivalent mutant the search cannot prove, the reason the rule file gives (`equivalentMutants`). */
  readonly declared?: string;
  /** The law text of the criterion the survivor is in, for the author. */
  readonly law?: string;
}

/** A case that fails on the unchanged version: while one does, a kill proves nothing. */
export interface FailingCase {
  readonly id: string;
  readonly failures: readonly string[];
}

export interface MutationReport {
  readonly ruleSet: string;
  readonly version: string;
  /** Set when only the mutants of one criterion or table were run: the score is then that target's. */
  readonly target?: string;
  /** false when some case fails on the unchanged version: then no mutant is run and there is no score. */
  readonly measurable: boolean;
  /** The cases that fail on the unchanged version (empty when measurable). */
  readonly failingCases: readonly FailingCase[];
  readonly mutants: number;
  readonly killed: number;
  readonly survived: number;
  readonly equivalent: number;
  /** killed / (mutants − equivalent), in percent, to one decimal; null when not measurable. */
  readonly score: string | null;
  readonly survivors: readonly MutantResult[];
  /** Equivalences the rule file declares that match no surviving mutant (killed, proved, or no longer made). */
  readonly staleEquivalences: ReadonlyArray<{ readonly path: string; readonly mutant: string }>;
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
  for (const { condition, path } of versionConditions(data)) visit(condition, path, path);
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

/** The row ids a table answers with under its hit policy (the first matching row for `first`), or `U` while a row that could decide is open. */
function tableAnswer(view: AssignmentView, table: RuleVersionFile['outputs'][number]): Verdict & { rows?: string } {
  const verdicts = table.rows.map((row) => view.condition(row.when));
  const open = (vs: Verdict[]): Verdict => ({ value: 'U', missing: [...new Set(vs.flatMap((v) => v.missing))], gaps: [...new Set(vs.flatMap((v) => v.gaps))] });
  if (table.hitPolicy === 'first') {
    for (const [r, v] of verdicts.entries()) {
      if (v.value === 'U') return open([v]);
      if (v.value === 'T') return { value: 'T', missing: [], gaps: [], rows: table.rows[r]!.id };
    }
    return { value: 'T', missing: [], gaps: [], rows: '' };
  }
  const undecided = verdicts.filter((v) => v.value === 'U');
  if (undecided.length > 0) return open(undecided);
  return { value: 'T', missing: [], gaps: [], rows: table.rows.filter((_, r) => verdicts[r]!.value === 'T').map((row) => row.id).join() };
}

/**
 * Whether no assignment of the compared facts tells the mutant from the original where the change
 * can be seen: a criterion's status (a change that matters only where the criterion does not apply
 * is invisible), or a table's answer under its hit policy, for an eligible patient only when the
 * table answers only those (`onlyWhenMet`).
 */
function isEquivalent(original: RuleVersionFile, mutant: Mutant): boolean {
  const facts = comparedFacts(original);
  for (const [id, fact] of comparedFacts(mutant.data)) {
    const known = facts.get(id);
    facts.set(id, known ? { ...known, thresholds: [...new Set([...known.thresholds, ...fact.thresholds])] } : fact);
  }
  const outcome: Condition = original.outcome ?? { all: original.criteria.map((c) => ({ criterion: c.id })) };
  const seen = (view: AssignmentView, data: RuleVersionFile): Verdict & { rows?: string } => {
    const [kind, index] = mutant.root;
    if (kind === 'outputs') return tableAnswer(view, data.outputs[index as number]!);
    if (kind === 'criteria' && mutant.root.length === 3) return view.criterion(data.criteria[index as number]!.id);
    return view.condition(getAt(data, mutant.root));
  };
  // A truth kept unknown by a source gap alone is settled (no fact can change it) and shows as the gaps it names.
  // Read inside a condition, a criterion that does not apply counts as false; only a criterion's own status shows it.
  const status = mutant.root[0] === 'criteria' && mutant.root.length === 3;
  const truth = (v: Verdict) => (v.value === 'U' ? `U[${[...v.gaps].sort().join(' ')}]` : v.value === 'N' && !status ? 'F' : v.value);
  const shown = (v: Verdict & { rows?: string }) => `${truth(v)} ${v.rows ?? ''}`;
  const differs = (view: AssignmentView, other: AssignmentView): Verdict => {
    const [a, b] = [seen(view, original), seen(other, mutant.data)];
    // Unknown for want of a fact: fix it first.
    const open = [a, b].filter((v) => v.value === 'U' && v.missing.length > 0);
    if (open.length > 0) return { value: 'U', missing: [...new Set(open.flatMap((v) => v.missing))], gaps: [...new Set(open.flatMap((v) => v.gaps))] };
    return { value: shown(a) === shown(b) ? 'F' : 'T', missing: [], gaps: [] };
  };
  const table = mutant.root[0] === 'outputs' ? original.outputs[mutant.root[1] as number] : undefined;
  const question = (view: AssignmentView): Verdict => {
    const difference = differs(view, new AssignmentView(mutant.data, facts, view.assignment, view.absent, view.memo));
    // The table's change first: the search then fixes its few facts before the outcome's many.
    return table?.onlyWhenMet ? allOf([difference, view.condition(outcome)]) : difference;
  };
  const found = searchAssignment(original, facts, question, 'T', undefined, undefined, presenceSeen(original, mutant));
  return !found.found && found.reason === 'none';
}

/**
 * The facts whose presence the part a mutant changes reads, in the version or the mutant: only those
 * are searched as not given. A decision completes every other unknown fact of that part (an age whose
 * presence only a tariff table reads settles a criterion true for an adult and for a child), so a
 * difference seen only when such a fact is missing is no difference a patient can show.
 */
function presenceSeen(original: RuleVersionFile, mutant: Mutant): ReadonlySet<string> {
  const [kind, index] = mutant.root;
  const of = (data: RuleVersionFile): ReadonlySet<string> => {
    const parts = presenceReadByPart(data);
    if (kind === 'criteria') return parts.criterion(data.criteria[index as number]!.id);
    if (kind === 'outputs') return parts.table(data.outputs[index as number]!.id);
    return parts.outcome;
  };
  return new Set([...of(original), ...of(mutant.data)]);
}

/**
 * Runs every mutant of a version against its cases and reports the kill score and the survivors.
 * The cases are first run on the unchanged version: a case that fails there would "kill" every
 * mutant, so the version is then reported as not measurable, with the failing cases, and no score.
 */
export async function mutateVersion(
  set: LoadedRuleSet,
  version: LoadedVersion,
  parameters: TariffCatalog,
  /** Called after each mutant, for a progress line on a long run. */
  onMutant?: (done: number, total: number) => void,
  /** Only the mutants of this criterion or table: a quick loop while writing the cases of one criterion. */
  target?: string,
): Promise<MutationReport> {
  const cases = [...(version.cases?.data.cases ?? [])];
  // Pass or fail needs no explanation trees: each case builds only what it checks (`outcome` detail).
  const baseline = evaluatorWithVersion(set, version, parameters, version.data);
  const baselineVersion = baseline.catalog.get(set.id)!.versions.find((v) => v.file === version.file)!;
  const failingCases: FailingCase[] = [];
  for (const testCase of cases) {
    const result = await runCase(baseline, set.id, baselineVersion, testCase, 'outcome').catch((thrown: unknown) => ({ passed: false, failures: [String(thrown)] }));
    if (!result.passed) failingCases.push({ id: testCase.id, failures: result.failures });
  }
  const head = { ruleSet: set.id, version: version.data.validFrom, ...(target !== undefined && { target }) };
  if (failingCases.length > 0) {
    return { ...head, measurable: false, failingCases, mutants: 0, killed: 0, survived: 0, equivalent: 0, score: null, survivors: [], staleEquivalences: [] };
  }
  const declared = new Map((version.data.equivalentMutants ?? []).map((d) => [`${d.path} ${d.mutant}`, d.reason]));
  const used = new Set<string>();
  // Neighbouring mutants change the same criterion and fall to the same case: the case that killed
  // last is tried first, which spares running most cases again for each mutant.
  const results: MutantResult[] = [];
  const mutants: Array<Mutant | undefined> = mutantsOf(version.data).filter((m) => target === undefined || m.target === target);
  for (let done = 0; done < mutants.length; done++) {
    const mutant = mutants[done]!;
    // The search's memos are keyed by a mutant's data: let them go with it once it is judged.
    mutants[done] = undefined;
    onMutant?.(done, mutants.length);
    const { data: _data, ...described } = mutant;
    // A mutant the loader would refuse is no mutant of the law: leave it out.
    if (checkVersion(mutant.data, version.file).length > 0) continue;
    const evaluator = evaluatorWithVersion(set, version, parameters, mutant.data);
    const mutated = evaluator.catalog.get(set.id)!.versions.find((v) => v.file === version.file)!;
    let killedBy: string | undefined;
    for (const [index, testCase] of cases.entries()) {
      const result = await runCase(evaluator, set.id, mutated, testCase, 'outcome').catch(() => ({ passed: false }));
      if (!result.passed) {
        killedBy = testCase.id;
        cases.splice(index, 1);
        cases.unshift(testCase);
        break;
      }
    }
    if (killedBy !== undefined) results.push({ mutant: described, status: 'killed', killedBy });
    else {
      const criterion = version.data.criteria.find((c) => c.id === mutant.target);
      const law = criterion?.law.ro;
      const key = `${formatPath(mutant.path)} ${mutant.description}`;
      const reason = declared.get(key);
      if (isEquivalent(version.data, mutant)) results.push({ mutant: described, status: 'equivalent', ...(law && { law }) });
      else if (reason !== undefined) {
        used.add(key);
        results.push({ mutant: described, status: 'equivalent', declared: reason, ...(law && { law }) });
      } else results.push({ mutant: described, status: 'survived', ...(law && { law }) });
    }
  }
  const count = (status: MutantResult['status']) => results.filter((r) => r.status === status).length;
  const [killed, survived, equivalent] = [count('killed'), count('survived'), count('equivalent')];
  const scored = killed + survived;
  return {
    ...head,
    measurable: true,
    failingCases: [],
    mutants: results.length,
    killed,
    survived,
    equivalent,
    score: scored === 0 ? '100.0' : new Decimal(killed).times(100).div(scored).toFixed(1),
    survivors: results.filter((r) => r.status !== 'killed'),
    // A run over one target cannot tell whether another target's declaration is stale.
    staleEquivalences: target !== undefined ? [] : (version.data.equivalentMutants ?? []).filter((d) => !used.has(`${d.path} ${d.mutant}`)).map(({ path, mutant }) => ({ path, mutant })),
  };
}
