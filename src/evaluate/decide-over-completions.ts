import type { FactState } from '../facts/derive.js';
import type { FactValue } from '../facts/parse-facts.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import { presenceReadByPart } from '../ruleset/presence-read.js';
import { type CompletionVariable, completionSpace } from './completion-values.js';
import type { CompletionProbe } from './completion-probe.js';
import type { CompletionInfo, CriterionResult, Decision, MissingFact, OutputResult, PendingRow, ThreeValuedDecision } from './decision.js';

/**
 * Evaluates a version on the facts with some unknown ones given values, for the statuses a completion
 * is asked about; undefined when the version's constraints refuse those values (they cannot occur).
 */
export type ProbeCompletion = (assigned: ReadonlyArray<readonly [string, FactValue]>) => CompletionProbe | undefined;

/** The completions evaluated for one decision, at most; a part that needs more keeps its three-valued answer. */
export const DEFAULT_COMPLETION_CAP = 256;

export interface CompletionOptions {
  /** Completions evaluated for the whole decision at most (shared by the outcome, the criteria and the outputs, in that order). */
  readonly cap?: number;
  /**
   * False when the caller reads the criteria only through the missing facts (detail `outcome`): an
   * unknown criterion is then settled only if the outcome stays undetermined. The completions it
   * would take are still counted, so `completion` and the outputs are the same either way.
   */
  readonly criteria?: boolean;
}

/**
 * The completions of one set of variables: counted when the set is first searched, its choices and
 * their probes made only when some part asks what a completion gives (a part whose answer no caller
 * reads still counts its completions, so `completion` is the same at every detail level).
 */
interface Enumeration {
  readonly variables: readonly CompletionVariable[];
  readonly count: number;
  choices?: readonly (readonly number[])[];
  /** Each completion's probe once evaluated: null where the constraints refuse it. */
  readonly probes: Array<CompletionProbe | null | undefined>;
}

/** One completion tried for a part: the index of the value given to each variable, and what the part became. */
interface Trial {
  readonly choice: readonly number[];
  readonly signature: string;
  readonly decided: boolean;
}

interface PartSearch {
  readonly status: 'exhaustive' | 'capped' | 'none';
  readonly variables: readonly CompletionVariable[];
  readonly trials: readonly Trial[];
  readonly probes: readonly CompletionProbe[];
  /** Missing facts that no chosen variable stands for: they stay missing whatever the completions say. */
  readonly kept: ReadonlySet<string>;
}

/**
 * Decides what the known facts decide. Kleene's logic leaves a part undetermined when it reads an
 * unknown fact, even where every value of that fact gives the same answer (a patient who fails one
 * criterion for each diabetes type fails whatever the type). So, for each undetermined part (the
 * outcome, each unknown criterion, each undetermined output), every completion of the unknown facts
 * that part reads is evaluated once, and a part that comes out the same in every completion takes
 * that answer. The completions evaluated for one decision are capped: a part that would need more than
 * are left keeps its three-valued answer, and the decision says so in `completion`.
 *
 * `missingFacts` then lists only the facts whose answer can still change the outcome, ranked by how
 * many of their possible answers decide the outcome on their own: a fact that alone decides comes first.
 */
export function decideOverCompletions(
  data: RuleVersionFile,
  state: FactState,
  base: ThreeValuedDecision,
  probe: ProbeCompletion,
  options: CompletionOptions = {},
): Decision {
  const cap = options.cap ?? DEFAULT_COMPLETION_CAP;
  const undecidedCriteria = Object.values<CriterionResult>(base.criteria).filter((c) => c.status === 'unknown');
  const undecidedOutputs = Object.values<OutputResult>(base.outputs).filter((o) => o.status === 'undetermined' || o.status === 'partial');
  if (base.outcome !== 'undetermined' && undecidedCriteria.length === 0 && undecidedOutputs.length === 0) {
    const { outcome, missingFacts, unresolvedGaps, criteria, outputs } = base;
    return withCompletion(base, outcome, missingFacts, unresolvedGaps, criteria, outputs, { status: 'not_needed', completions: 0, cap, decidedRegardlessOf: [] });
  }

  const { variables, uncovered } = completionSpace(data, state);
  const presence = presenceReadByPart(data);
  let capped = false;
  // Completions of different sets of variables differ, and a set already enumerated is never enumerated
  // again (a part reading fewer variables reuses it): so the completions evaluated are these counts' sum.
  let evaluated = 0;
  const enumerations: Enumeration[] = [];

  const choicesOf = (e: Enumeration) => (e.choices ??= [...combinations(e.variables.map((v) => v.values.length))]);
  const probeAt = (e: Enumeration, i: number): CompletionProbe | undefined => {
    let found = e.probes[i];
    if (found === undefined) {
      const choice = choicesOf(e)[i]!;
      found = probe(e.variables.map((v, j) => [v.fact, v.values[choice[j]!]!] as const)) ?? null;
      e.probes[i] = found;
    }
    return found ?? undefined;
  };

  /**
   * Every completion of the variables that supply `missing`, each with the signature `sign` gives the
   * part. A part is never completed through a fact whose presence it reads (`presence`), nor an output
   * through a fact it may echo.
   */
  const search = (
    missing: readonly string[],
    presence: ReadonlySet<string>,
    sign: ((p: CompletionProbe) => { signature: string; decided: boolean }) | undefined,
    forOutput = false,
  ): PartSearch => {
    const allowed = (v: CompletionVariable) => !(forOutput && v.echoed) && !v.presence.some((tested) => presence.has(tested));
    const reading = variables.filter((v) => v.supplied.some((fact) => missing.includes(fact)));
    // A part reads only its own variables, so completions made for a part that reads more serve it too,
    // unless they give a value this part may not be completed through.
    const covering = (vs: readonly CompletionVariable[]) => enumerations.find((e) => vs.every((v) => e.variables.includes(v)) && e.variables.every(allowed));
    const fits = (vs: readonly CompletionVariable[]) => covering(vs) !== undefined || vs.reduce((n, v) => n * v.values.length, 1) <= cap - evaluated;
    let chosen = reading.filter(allowed);
    // Completing a fact whose presence another part reads multiplies the completions: when they no longer
    // fit, the part is completed without such facts, which then stay missing (as if every part read them).
    if (!fits(chosen)) {
      const narrower = chosen.filter((v) => v.presence.length === 0);
      if (narrower.length < chosen.length && fits(narrower)) chosen = narrower;
    }
    const kept = chosen.length < reading.length ? new Set([...uncovered, ...reading.filter((v) => !chosen.includes(v)).flatMap((v) => v.supplied)]) : uncovered;
    if (chosen.length === 0) return { status: 'none', variables: chosen, trials: [], probes: [], kept };
    const trials: Trial[] = [];
    const probes: CompletionProbe[] = [];
    let enumeration = covering(chosen);
    let at: readonly number[] | undefined;
    if (enumeration) {
      if (!sign) return { status: 'exhaustive', variables: chosen, trials, probes, kept };
      const { variables: wider } = enumeration;
      at = chosen.map((v) => wider.indexOf(v));
    } else {
      const count = chosen.reduce((n, v) => n * v.values.length, 1);
      if (count > cap - evaluated) {
        capped = true;
        return { status: 'capped', variables: chosen, trials: [], probes: [], kept };
      }
      // Every completion is counted as evaluated, even one a part not asked for leaves unevaluated.
      enumeration = { variables: chosen, count, probes: new Array(count) };
      enumerations.push(enumeration);
      evaluated += count;
      if (!sign) return { status: 'exhaustive', variables: chosen, trials, probes, kept };
    }
    const choices = choicesOf(enumeration);
    for (let i = 0; i < enumeration.count; i++) {
      const completion = probeAt(enumeration, i);
      if (!completion) continue;
      const choice = choices[i]!;
      const { signature, decided } = sign(completion);
      trials.push({ choice: at ? at.map((j) => choice[j]!) : choice, signature, decided });
      probes.push(completion);
    }
    return { status: 'exhaustive', variables: chosen, trials, probes, kept };
  };

  // The outcome.
  let outcome = base.outcome;
  let missingFacts: readonly MissingFact[] = base.missingFacts;
  let regardless: string[] = [];
  let unresolvedGaps = base.unresolvedGaps;
  let outcomeMissing: string[] | undefined;
  if (base.outcome === 'undetermined') {
    const part = search(base.missingFacts.map((m) => m.fact), presence.outcome, (p) => {
      const value = p.outcome();
      return { signature: value, decided: value !== 'undetermined' };
    });
    const settled = settledValue(part);
    if (settled !== undefined) {
      outcome = settled as Decision['outcome'];
      regardless = [...new Set(part.variables.flatMap((v) => v.supplied))];
      unresolvedGaps = [];
      outcomeMissing = [];
    } else if (part.status === 'exhaustive') {
      outcomeMissing = rankedMissing(part, base.missingFacts.map((m) => m.fact));
    }
  }

  // Each unknown criterion (only counted when the caller does not read them and the outcome is decided).
  const criteria: Record<string, CriterionResult> = { ...base.criteria };
  const settleCriteria = options.criteria !== false || outcome === 'undetermined';
  for (const criterion of undecidedCriteria) {
    const part = search(criterion.missingFacts, presence.criterion(criterion.id), settleCriteria ? (p) => {
      const status = p.status(criterion.id);
      return { signature: status, decided: status !== 'unknown' };
    } : undefined);
    if (!settleCriteria) continue;
    const settled = settledValue(part);
    if (settled !== undefined) {
      const { applicability: _applicability, applicabilityExplanation: _explanation, ...rest } = criterion;
      criteria[criterion.id] = { ...rest, status: settled as CriterionResult['status'], missingFacts: [], unresolvedGaps: [] };
    }
    else if (part.status === 'exhaustive') criteria[criterion.id] = { ...criterion, missingFacts: stillMissing(part, criterion.missingFacts) };
  }

  // Each undetermined output.
  const outputs: Record<string, OutputResult> = { ...base.outputs };
  for (const output of undecidedOutputs) {
    const part = search(output.missingFacts, presence.table(output.id), (p) => {
      const o = p.output(output.id);
      return { signature: outputSignature(o), decided: o.status !== 'undetermined' && o.status !== 'partial' };
    }, true);
    if (part.status !== 'exhaustive' || part.probes.length === 0) continue;
    const settled = settledValue(part);
    if (settled !== undefined) {
      outputs[output.id] = part.probes[0]!.output(output.id);
      continue;
    }
    const narrowed = { ...output, missingFacts: stillMissing(part, output.missingFacts) };
    outputs[output.id] = output.hitPolicy === 'collect' ? mergeCollect(narrowed, part.probes.map((p) => p.output(output.id))) : narrowed;
  }

  if (outcomeMissing !== undefined) missingFacts = describeMissing(outcomeMissing, base, criteria, outputs);
  const completion: CompletionInfo = {
    status: capped ? 'capped' : 'exhaustive',
    completions: evaluated,
    cap,
    decidedRegardlessOf: regardless,
  };
  return withCompletion(base, outcome, missingFacts, unresolvedGaps, criteria, outputs, completion);
}

/**
 * The decision: the base's other fields with the answers settled and the completion, as one object
 * literal per shape, keys in the documented order (spreading the base into a literal that overrides
 * some of its keys was the costliest line of a decision's completions).
 */
function withCompletion(
  base: ThreeValuedDecision,
  outcome: Decision['outcome'],
  missingFacts: readonly MissingFact[],
  unresolvedGaps: Decision['unresolvedGaps'],
  criteria: Decision['criteria'],
  outputs: Decision['outputs'],
  completion: CompletionInfo,
): Decision {
  const { ruleSet, asOf, caveats, version } = base;
  return caveats
    ? { ruleSet, asOf, outcome, criteria, missingFacts, unresolvedGaps, caveats, outputs, version, completion }
    : { ruleSet, asOf, outcome, criteria, missingFacts, unresolvedGaps, outputs, version, completion };
}

/** Every choice of one value index per variable, the first variable changing slowest. */
function* combinations(sizes: readonly number[]): Generator<number[]> {
  const choice = sizes.map(() => 0);
  while (true) {
    yield [...choice];
    let i = sizes.length - 1;
    while (i >= 0 && choice[i] === sizes[i]! - 1) choice[i--] = 0;
    if (i < 0) return;
    choice[i]! += 1;
  }
}

/** The part's answer when every admissible completion gives the same decided answer. */
function settledValue(part: PartSearch): string | undefined {
  if (part.status !== 'exhaustive' || part.trials.length === 0) return undefined;
  const first = part.trials[0]!;
  return first.decided && part.trials.every((t) => t.signature === first.signature) ? first.signature : undefined;
}

const mattersByPart = new WeakMap<PartSearch, boolean[]>();

/** Whether changing only variable `i` changes the part in some completion (worked out once per part and variable). */
function matters(part: PartSearch, i: number): boolean {
  let known = mattersByPart.get(part);
  if (!known) {
    known = [];
    mattersByPart.set(part, known);
  }
  return (known[i] ??= changesPart(part, i));
}

function changesPart(part: PartSearch, i: number): boolean {
  // The other variables' choice as one number (mixed radix), so completions differing only in `i` meet.
  const strides: number[] = [];
  let stride = 1;
  for (let j = part.variables.length - 1; j >= 0; j--) {
    strides[j] = j === i ? 0 : stride;
    if (j !== i) stride *= part.variables[j]!.values.length;
  }
  const byOthers = new Map<number, string>();
  for (const trial of part.trials) {
    let others = 0;
    for (let j = 0; j < strides.length; j++) others += trial.choice[j]! * strides[j]!;
    const seen = byOthers.get(others);
    if (seen === undefined) byOthers.set(others, trial.signature);
    else if (seen !== trial.signature) return true;
  }
  return false;
}

/** How many of a variable's values decide the part whatever the other variables are, as a share. */
function decisiveness(part: PartSearch, i: number): number {
  const variable = part.variables[i]!;
  let deciding = 0;
  variable.values.forEach((_, value) => {
    const trials = part.trials.filter((t) => t.choice[i] === value);
    if (trials.length > 0 && trials.every((t) => t.decided && t.signature === trials[0]!.signature)) deciding += 1;
  });
  return deciding / variable.values.length;
}

/**
 * The missing facts that can still change the part: those of a variable that matters, and those no
 * variable stands for (a fact that is only echoed, or a list), which stay as the three-valued logic named them.
 */
function stillMissing(part: PartSearch, missing: readonly string[]): string[] {
  const mattering = new Set(part.variables.flatMap((v, i) => (matters(part, i) ? v.supplied : [])));
  return missing.filter((fact) => mattering.has(fact) || part.kept.has(fact));
}

/** The outcome's missing facts that can still change it, the most decisive first (stable otherwise). */
function rankedMissing(part: PartSearch, missing: readonly string[]): string[] {
  const score = new Map<string, number>();
  part.variables.forEach((v, i) => {
    if (!matters(part, i)) return;
    const share = decisiveness(part, i);
    for (const fact of v.supplied) score.set(fact, Math.max(score.get(fact) ?? 0, share));
  });
  return stillMissing(part, missing)
    .map((fact, order) => ({ fact, order, share: score.get(fact) ?? 0 }))
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .map(({ fact }) => fact);
}

function describeMissing(
  facts: readonly string[],
  base: ThreeValuedDecision,
  criteria: Record<string, CriterionResult>,
  outputs: Record<string, OutputResult>,
): MissingFact[] {
  const waiting = [...Object.values(criteria), ...Object.values(outputs)];
  const label = new Map(base.missingFacts.map((m) => [m.fact, m.label]));
  return facts.map((fact) => ({ fact, label: label.get(fact)!, neededBy: waiting.filter((w) => w.missingFacts.includes(fact)).map((w) => w.id) }));
}

function outputSignature(output: OutputResult): string {
  // Ids never hold the separators; the value is the only free-form part, so it alone is quoted.
  let signature = `${output.status}\u0001${JSON.stringify(output.value)}\u0001`;
  for (const row of output.rows) signature += `${row.id}\u0002`;
  signature += '\u0001';
  for (const row of output.pending) signature += `${row.id}\u0002`;
  return signature;
}

/**
 * A collect table not settled by its completions: a row is established when every completion has
 * it, pending when some completion has it or leaves it open.
 */
function mergeCollect(output: OutputResult, completions: readonly OutputResult[]): OutputResult {
  const inEvery = (id: string) => completions.every((c) => c.rows.some((r) => r.id === id));
  const possible = (id: string) => completions.some((c) => c.rows.some((r) => r.id === id) || c.pending.some((r) => r.id === id));
  const rows = completions[0]!.rows.filter((row) => inEvery(row.id));
  const established = new Set(rows.map((row) => row.id));
  const pending: PendingRow[] = output.pending.filter((row) => !established.has(row.id) && possible(row.id));
  const status = pending.length === 0 ? (rows.length === 0 ? 'no_match' : 'determined') : rows.length === 0 ? 'undetermined' : 'partial';
  return { ...output, status, rows, pending, missingFacts: pending.length === 0 ? [] : output.missingFacts };
}
