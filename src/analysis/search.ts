import { OPERATOR_TABLE } from '../operators/operators.js';
import type { Condition, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import { presenceRead } from '../ruleset/presence-read.js';
import { walkCondition } from '../ruleset/walk.js';
import { type Truth, type Verdict, type VerdictSource, criterionTruth, evaluateCondition } from '../evaluate/three-valued.js';
import { type AnalysisValue, type ComparedFact, representativeValues } from './fact-values.js';

/** Facts fixed so far by a search: compared facts (derived ones included) to a representative value. */
export type Assignment = ReadonlyMap<string, AnalysisValue>;

/** A question over a partial assignment: its three-valued answer, and the facts that could still decide it. */
export type Question = (view: AssignmentView) => Verdict;

const TRUE: Verdict = { value: 'T', missing: [], gaps: [] };
const FALSE: Verdict = { value: 'F', missing: [], gaps: [] };

/**
 * A search evaluates the same comparisons and criteria on thousands of assignments that differ in a
 * fact or two: a comparison's truth per value is kept across assignments (keyed by the rule data,
 * which is never changed in place; the values are the few representatives of each region).
 */
const leafTruths = new WeakMap<FactCondition, Map<AnalysisValue, boolean>>();

/**
 * A criterion's verdict per values of the facts it reads, kept across the assignments of a search,
 * or of several searches over the same version that share one memo. It grows with the assignments
 * tried, so it lives as long as its searches, not as long as the rule data: held for the data, the
 * memo of each of a version's thousands of mutant searches stayed until the process ran out of heap.
 */
export class SearchMemo {
  readonly criteria = new Map<RuleVersionFile, Map<string, { facts: readonly string[]; verdicts: Map<string, Verdict> }>>();
}

/** Every fact a criterion reads, through the criteria it refers to, given tests included. */
function factsRead(data: RuleVersionFile, id: string, seen = new Set<string>()): Set<string> {
  const facts = new Set<string>();
  if (seen.has(id)) return facts;
  seen.add(id);
  const criterion = data.criteria.find((c) => c.id === id);
  if (!criterion) return facts;
  const visitor = {
    fact: (leaf: FactCondition) => facts.add(leaf.fact),
    given: (fact: string) => facts.add(fact),
    criterion: (other: string) => factsRead(data, other, seen).forEach((f) => facts.add(f)),
  };
  if (criterion.appliesWhen) walkCondition(criterion.appliesWhen, visitor, []);
  walkCondition(criterion.when, visitor, []);
  return facts;
}

/** Evaluates conditions and criteria of one version on a partial assignment; unassigned facts are unknown. */
export class AssignmentView {
  private readonly criteria = new Map<string, Verdict>();
  private readonly source: VerdictSource;

  constructor(
    private readonly data: RuleVersionFile,
    private readonly facts: ReadonlyMap<string, ComparedFact>,
    readonly assignment: Assignment,
    /** Facts the search has left out: not given by the caller (read by a presence test). */
    readonly absent: ReadonlySet<string> = new Set(),
    /** Where criterion verdicts are kept: share it to reuse them across views of one search. */
    readonly memo: SearchMemo = new SearchMemo(),
  ) {
    this.source = {
      fact: (leaf) => this.leaf(leaf),
      criterion: (id) => this.criterion(id),
      gap: (id) => ({ value: 'U', missing: [], gaps: [id] }),
      // Whether a fact is given is the caller's choice: either answer can be searched for.
      given: (fact) =>
        this.assignment.has(fact)
          ? { value: 'T', missing: [], gaps: [] }
          : this.absent.has(fact)
            ? { value: 'F', missing: [], gaps: [] }
            : { value: 'U', missing: [fact], gaps: [] },
    };
  }

  condition(condition: Condition): Verdict {
    return evaluateCondition(condition, this.source);
  }

  /** A criterion's truth: `N` when it does not apply. */
  criterion(id: string): Verdict {
    const known = this.criteria.get(id);
    if (known) return known;
    let perData = this.memo.criteria.get(this.data);
    if (!perData) this.memo.criteria.set(this.data, (perData = new Map()));
    let memo = perData.get(id);
    if (!memo) perData.set(id, (memo = { facts: [...factsRead(this.data, id)], verdicts: new Map() }));
    // An unassigned fact left out (not given) answers differently from one not yet searched.
    const key = memo.facts.map((f) => JSON.stringify(this.assignment.get(f)) ?? (this.absent.has(f) ? '-' : '')).join();
    const remembered = memo.verdicts.get(key);
    if (remembered) {
      this.criteria.set(id, remembered);
      return remembered;
    }
    const verdict = this.evaluateCriterion(id);
    memo.verdicts.set(key, verdict);
    this.criteria.set(id, verdict);
    return verdict;
  }

  private evaluateCriterion(id: string): Verdict {
    const criterion = this.data.criteria.find((c) => c.id === id)!;
    const applies = criterion.appliesWhen ? this.condition(criterion.appliesWhen) : { value: 'T' as const, missing: [], gaps: [] };
    const body = this.condition(criterion.when);
    const value = criterionTruth(applies.value, body.value);
    const open = value !== 'U' ? [] : [applies, body].filter((v) => v.value === 'U');
    return { value, missing: [...new Set(open.flatMap((v) => v.missing))], gaps: [...new Set(open.flatMap((v) => v.gaps))] };
  }

  private leaf(leaf: FactCondition): Verdict {
    const value = this.assignment.get(leaf.fact);
    // A fact the caller does not give stays unknown: nothing the search could add decides the leaf.
    if (value === undefined) return { value: 'U', missing: this.absent.has(leaf.fact) ? [] : [leaf.fact], gaps: [] };
    let truths = leafTruths.get(leaf);
    if (!truths) leafTruths.set(leaf, (truths = new Map()));
    let holds = truths.get(value);
    if (holds === undefined) {
      holds = OPERATOR_TABLE[this.facts.get(leaf.fact)!.type][leaf.operator]!(value, leaf.value);
      truths.set(value, holds);
    }
    return holds ? TRUE : FALSE;
  }
}

/** Kleene conjunction of verdicts, `N` counted as false (a row or criterion that does not apply does not hold). */
export function allOf(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.some((v) => v.value === 'F' || v.value === 'N')) return { value: 'F', missing: [], gaps: [] };
  const open = verdicts.filter((v) => v.value === 'U');
  if (open.length === 0) return { value: 'T', missing: [], gaps: [] };
  return { value: 'U', missing: [...new Set(open.flatMap((v) => v.missing))], gaps: [...new Set(open.flatMap((v) => v.gaps))] };
}

/** The negation of a verdict, `N` counted as false first. */
export function negate(verdict: Verdict): Verdict {
  if (verdict.value === 'U') return verdict;
  return { value: verdict.value === 'T' ? 'F' : 'T', missing: [], gaps: [] };
}

/** What a search found: an example, a proof that none exists, or that it stopped at its budget or on a source gap. */
export type SearchResult =
  | { readonly found: true; readonly example: Assignment }
  | { readonly found: false; readonly reason: 'none' | 'budget' | 'gap' };

/** How many assignments a search may try before it gives up (the answer is then inconclusive). */
export const SEARCH_BUDGET = 200_000;

/**
 * Looks for an assignment of the compared facts under which the question has the wanted truth.
 * It fixes one fact at a time, only among the facts the still-unknown part reads, trying one value
 * per region of that fact, and abandons a branch as soon as the answer is decided otherwise: exact,
 * because every value of a region gives every condition the same truth.
 */
export function searchAssignment(
  data: RuleVersionFile,
  facts: ReadonlyMap<string, ComparedFact>,
  question: Question,
  wanted: Exclude<Truth, 'U'>,
  budget = SEARCH_BUDGET,
  /** Shared by searches over one version (an analysis); a new one per search otherwise. */
  memo = new SearchMemo(),
  /**
   * The facts also searched as not given: by default every fact whose presence the version reads. A
   * question about one part may narrow it to the facts whose presence that part reads: a decision
   * settles any other unknown fact over its values, so leaving it out shows nothing its values do not.
   */
  presence: ReadonlySet<string> = presenceRead(data),
): SearchResult {
  const assignment = new Map<string, AnalysisValue>();
  // A fact whose presence a condition reads can also be left out, so "not given" is searched too.
  const absent = new Set<string>();
  const valuesOf = new Map<string, AnalysisValue[]>();
  let tries = 0;
  let sawGap = false;
  const visit = (): boolean | 'budget' => {
    if (++tries > budget) return 'budget';
    const verdict = question(new AssignmentView(data, facts, assignment, absent, memo));
    if (verdict.value === wanted) return true;
    if (verdict.value !== 'U') return false;
    const next = verdict.missing.find((fact) => (facts.has(fact) || presence.has(fact)) && !assignment.has(fact) && !absent.has(fact));
    if (next === undefined) {
      sawGap ||= verdict.gaps.length > 0;
      return false;
    }
    if (presence.has(next)) {
      absent.add(next);
      const result = visit();
      absent.delete(next);
      if (result !== false) return result;
    }
    let values = valuesOf.get(next);
    // A fact only tested for presence: any value stands for "given".
    if (!values) valuesOf.set(next, (values = facts.has(next) ? representativeValues(facts.get(next)!) : ['given']));
    for (const value of values) {
      assignment.set(next, value);
      const result = visit();
      if (result !== false) return result;
    }
    assignment.delete(next);
    return false;
  };
  const result = visit();
  if (result === true) return { found: true, example: new Map(assignment) };
  return { found: false, reason: result === 'budget' ? 'budget' : sawGap ? 'gap' : 'none' };
}
