import type { RuleBundle } from '../bundles/bundle.js';
import { CnasRulesError, type Issue, asCnasRulesError, capIssues } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { checkConstraints } from './check-constraints.js';
import { deriveFacts } from '../facts/derive.js';
import { parseFacts } from '../facts/parse-facts.js';
import type { RuleSource } from './rule-source.js';
import type { LoadedRuleSet, LoadedVersion, RuleCatalog, buildCatalog } from '../ruleset/catalog.js';
import { assertAsOf, notInForce, versionInForce } from '../ruleset/timeline.js';
import type { TariffCatalog, buildTariffCatalog } from '../parameters/load.js';
import { outputParameterIssues } from '../parameters/output-parameters.js';
import { parameterInForce } from '../parameters/parameter-in-force.js';
import { boundsContradiction } from './bounds-contradiction.js';
import { type CompiledVersion, compileVersion } from './compile.js';
import type { Decision } from './decision.js';
import { DEFAULT_COMPLETION_CAP, decideOverCompletions } from './decide-over-completions.js';
import { type BatchOptions, type BatchRecord, type BatchResult, type SafeDecision, evaluateRecords } from './evaluate-many.js';
import { compiledEngine, runCompiled, truthsOf, violatesConstraints } from './compiled-engine.js';
import { completionProbes } from './completion-probe.js';
import { describeCitation } from './describe-version.js';
import { type DecisionAt, type Detail, DETAIL_LEVELS } from './detail.js';
import { atDetail, evaluateVersion } from './evaluate-version.js';
import { ENGINE_NAMES, type EngineName, type PlanEngine } from './plan-engine.js';
import { jsonRulesEngine } from './reference-engine.js';
import { applyUncertainStart } from './uncertain-start.js';

export type { SafeDecision } from './evaluate-many.js';

const ENGINES: Record<EngineName, PlanEngine> = { 'json-rules-engine': jsonRulesEngine, compiled: compiledEngine };

/** What a registry says of one rule set: the facts it takes, its criterion ids and its output ids. */
export interface RuleSetTypes {
  facts: object;
  criteria: string;
  outputs: string;
}

/** Rule set ids mapped to their types; generated for the bundled rules, generic for any other tree. */
export type Registry = Record<string, RuleSetTypes>;

/** The registry of a rule tree whose types are not known at compile time. */
export type AnyRegistry = Record<string, { facts: Record<string, unknown>; criteria: string; outputs: string }>;

export interface EvaluateOptions<D extends Detail = Detail> {
  /** The date the decision is made for, YYYY-MM-DD. It selects the version in force; it is never "today" by default. */
  readonly asOf: string;
  /** How much of the decision to build (default `full`); the answers are the same at every level. */
  readonly detail?: D;
  /**
   * For a version whose first day is not established (`uncertainStart`): treat it as in force from its
   * earliest possible day. Without it, a decision on a day the version may not yet have been in force is
   * undetermined and names the provenance gap.
   */
  readonly acceptEarliestStart?: boolean;
  /**
   * The most completions of the unknown facts evaluated for one decision (default
   * {@link DEFAULT_COMPLETION_CAP}); a part that needs more keeps its three-valued answer and
   * `decision.completion.status` is `capped`. 0 keeps every three-valued answer.
   */
  readonly completionCap?: number;
}

/** A version of a rule set and the days it is in force. */
export interface VersionSummary {
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly file: string;
}

export interface RuleSetSummary {
  readonly id: string;
  readonly title: { readonly ro: string; readonly en: string };
  readonly versions: readonly VersionSummary[];
}

export interface Evaluator<R extends Registry> {
  /**
   * Evaluates a rule set on a date. The facts are validated first against the version in force on
   * `asOf`; any problem rejects with a {@link CnasRulesError} carrying every issue, and nothing is
   * evaluated. Facts that are absent or `null` are unknown: criteria that need them are `unknown` and
   * the outcome is `undetermined` unless the known facts already decide it.
   */
  evaluate<S extends keyof R & string, D extends Detail = 'full'>(
    ruleSet: S,
    facts: R[S]['facts'],
    options: EvaluateOptions<D>,
  ): Promise<DecisionAt<D, R[S]['criteria'], R[S]['outputs']>>;
  /** Like {@link Evaluator.evaluate}, but resolves to `{ ok: false, issues }` instead of rejecting on bad input. */
  safeEvaluate<S extends keyof R & string, D extends Detail = 'full'>(
    ruleSet: S,
    facts: R[S]['facts'],
    options: EvaluateOptions<D>,
  ): Promise<SafeDecision<DecisionAt<D, R[S]['criteria'], R[S]['outputs']>>>;
  /**
   * Evaluates a stream of records, one at a time, and yields one result per record in the same
   * order: the decision, or the issues that refused the record. Records are read only as results
   * are consumed, so memory stays flat whatever the number of records. Uses the compiled engine
   * unless `options.engine` says otherwise.
   */
  evaluateMany<D extends Detail = 'full'>(
    records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
    options?: BatchOptions<D>,
  ): AsyncIterable<BatchResult<DecisionAt<D>>>;
  /** The rule sets and their versions. */
  ruleSets(): RuleSetSummary[];
  /** The version of a rule set in force on a date (its facts, criteria, provenance), or a typed error. */
  versionInForce(ruleSet: string, asOf: string): LoadedVersion;
  /**
   * The catalog the evaluator was built from (the parsed and checked rule files). Reading it loads
   * every rule set the evaluator has, where the default evaluator otherwise loads each on first use.
   */
  readonly catalog: RuleCatalog;
}

export interface EvaluatorOptions {
  /**
   * A rule tree on disk (`<dir>/<set>/<YYYY-MM-DD>.json`), read and checked in full; Node only. When
   * omitted, the bundled rules: under Node, the bundles the package's build checked, each read on first
   * use with its SHA-256 verified instead of the schemas (they carry no cases: `runCases` needs
   * `rulesDir: bundledRulesDir()`).
   */
  readonly rulesDir?: string;
  /**
   * Rule sets given as data, pre-checked when they were bundled (`import bundle from 'cnas-rules/bundles/<set>'`):
   * nothing is read from disk and nothing re-parsed, so this works in browsers and loads only the sets given.
   */
  readonly bundles?: readonly RuleBundle[];
  /** An already built catalog (e.g. from {@link buildCatalog} on documents that did not come from disk). */
  readonly catalog?: RuleCatalog;
  /** The dated parameters that outputs refer to, with `catalog` (from {@link buildTariffCatalog}). */
  readonly parameters?: TariffCatalog;
  /** The default of {@link EvaluateOptions.acceptEarliestStart} for every evaluation (false when omitted). */
  readonly acceptEarliestStart?: boolean;
  /**
   * What evaluates the conditions: `json-rules-engine` (the reference, the default) or `compiled`
   * (the same conditions compiled to closures; proven to give identical decisions by a differential test).
   */
  readonly engine?: EngineName;
  /**
   * Evaluate only these rule sets (the tariff and parameter folders are always kept). Without it
   * every rule set is available, and each is compiled on its first evaluation.
   */
  readonly ruleSets?: readonly string[];
}

/**
 * The evaluator over the rules `source` gives (see `createEvaluator`, which picks the source: rules
 * given as data, or read from disk under Node). `source` is called once, after the options are checked,
 * so that a wrong option is refused before any rule is read.
 */
export function evaluatorOver<R extends Registry = AnyRegistry>(options: EvaluatorOptions, obtainSource: () => RuleSource): Evaluator<R> {
  const engine = engineNamed(options.engine ?? 'json-rules-engine', ['engine']);
  const source = obtainSource();
  const ids = onlyNamed(source.ids, options.ruleSets);
  const { parameters } = source;
  // A source that loads sets as they are used checked their parameter references when it was built;
  // rules given or read here are checked at once, every set.
  if (!source.referencesChecked) checkParameterReferences(ids.map((id) => source.load(id)), parameters);
  // Each rule set is loaded on its first use, or at once when the sets were named; each version is
  // compiled on its first evaluation, so a set whose other versions are never asked for does not pay
  // for them (compiling is deterministic on checked rules: it cannot refuse later what it would accept now).
  const compiled = new Map<LoadedVersion, CompiledVersion>();
  const compiledVersion = (loaded: LoadedVersion): CompiledVersion => {
    let version = compiled.get(loaded);
    if (!version) {
      version = compileVersion(loaded);
      engine.prepare(version);
      compiled.set(loaded, version);
    }
    return version;
  };
  if (options.ruleSets) for (const id of ids) source.load(id);
  let catalog: RuleCatalog | undefined;
  const wholeCatalog = (): RuleCatalog => (catalog ??= new Map(ids.map((id) => [id, source.load(id)])));

  const versionAt = (ruleSet: string, asOf: unknown): LoadedVersion => {
    assertAsOf(asOf);
    if (typeof ruleSet !== 'string' || !ids.includes(ruleSet)) throw new CnasRulesError([makeIssue('unknown_rule_set', ['ruleSet'], { ruleSet, known: [...ids] })]);
    return loadedVersionAt(source.load(ruleSet), asOf);
  };
  const selectFor = (ruleSet: string, asOf: unknown): CompiledVersion => compiledVersion(versionAt(ruleSet, asOf));

  // The facts a caller gives are refused as a value, not thrown: `safeEvaluate` and batches return the
  // refusal as it is, without building an Error (its message and stack trace cost more than the
  // refusal itself when most records of a batch are refused); `evaluate` throws it.
  const safeEvaluateWith = async (with_: PlanEngine, ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Promise<SafeDecision<Decision>> => {
    try {
      const result = await decideOrRefuse(with_, ruleSet, facts, evaluateOptions);
      return result.ok ? result : { ok: false, issues: capIssues(result.issues) };
    } catch (error) {
      // Whatever goes wrong (a getter on the options that throws, a defect), the caller gets a typed error.
      return { ok: false, issues: asCnasRulesError(error).issues };
    }
  };

  const evaluateWith = async (with_: PlanEngine, ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Promise<Decision> => {
    let result: SafeDecision<Decision>;
    try {
      result = await decideOrRefuse(with_, ruleSet, facts, evaluateOptions);
    } catch (error) {
      throw asCnasRulesError(error);
    }
    if (!result.ok) throw new CnasRulesError(result.issues);
    return result.decision;
  };

  const evaluate = (ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions) => evaluateWith(engine, ruleSet, facts, evaluateOptions);

  const decideOrRefuse = async (with_: PlanEngine, ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Promise<SafeDecision<Decision>> => {
    const asOf = (evaluateOptions as EvaluateOptions | undefined)?.asOf as string;
    const detail = evaluateOptions?.detail ?? 'full';
    if (!DETAIL_LEVELS.includes(detail)) {
      throw new CnasRulesError([makeIssue('invalid_option', ['detail'], { field: 'detail', received: String(detail), expected: DETAIL_LEVELS.join(', '), expectedRo: DETAIL_LEVELS.join(', ') })]);
    }
    const version = selectFor(ruleSet, asOf);
    const cap = completionCapOf(evaluateOptions);
    const parsed = parseFacts(facts, version.data.facts);
    if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues };
    // The parsed facts are read no more: the derived ones are added to them, not to a copy.
    const state = deriveFacts(parsed.facts, version.data.derived, asOf, parsed.bounds, true);
    // Every comparison of the version once, constraints included: the completions tried start from these truths.
    const truths = truthsOf(version, state.values);
    // The constraints are checked on the compiled comparisons; the issues are built only for a refusal.
    const refused = violatesConstraints(version, truths) ? checkConstraints(version.data, state) : [];
    const contradictions = refused.length > 0 ? refused : boundsContradiction(version, state, truths);
    if (contradictions.length > 0) return { ok: false, issues: contradictions };
    const parameterOf = (id: string) => {
      const found = parameterInForce(parameters, id, asOf, ['outputs']);
      if (!('parameter' in found)) throw new CnasRulesError([found]);
      const { parameter, version } = found;
      return { id, value: parameter.value, unit: parameter.unit, citation: describeCitation(version.data, parameter.cite) };
    };
    // Explanations only where the caller reads them: the completions tried never need them.
    const explained = detail === 'full';
    // The compiled engine needs no promise, and reuses the truths.
    const run = with_ === compiledEngine ? runCompiled(version, state, explained, truths) : await with_.run(version, state, explained);
    const base = evaluateVersion(version, state, asOf, parameterOf, run, explained);
    // The completions tried are asked for statuses only: whatever the engine, they run on the compiled
    // plan without explanation (the differential test holds both engines to the same comparisons), from
    // the truths above with only the comparisons of the facts they give recomputed.
    const decision = decideOverCompletions(version.data, state, base, completionProbes(version, state, truths, asOf, parameterOf), {
      cap,
      criteria: detail !== 'outcome',
    });
    const acceptEarliest = evaluateOptions.acceptEarliestStart ?? options.acceptEarliestStart ?? false;
    return { ok: true, decision: atDetail(applyUncertainStart(decision, version.data, asOf, acceptEarliest), detail) as Decision };
  };

  return {
    get catalog() {
      return wholeCatalog();
    },
    evaluate: evaluate as Evaluator<R>['evaluate'],
    // Never rejects: every refusal and every error is returned as issues.
    safeEvaluate: ((ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions) => safeEvaluateWith(engine, ruleSet, facts, evaluateOptions)) as Evaluator<R>['safeEvaluate'],
    evaluateMany: ((records, batchOptions = {}) => {
      const batchEngine = engineNamed(batchOptions.engine ?? 'compiled', ['engine']);
      return evaluateRecords(records, (record) => safeEvaluateWith(batchEngine, record.ruleSet, record.facts, { asOf: record.asOf, detail: batchOptions.detail }));
    }) as Evaluator<R>['evaluateMany'],
    ruleSets: () => ids.map((id) => summarize(source.load(id))),
    versionInForce: (ruleSet, asOf) => versionAt(ruleSet, asOf),
  };
}

function summarize(set: LoadedRuleSet): RuleSetSummary {
  return {
    id: set.id,
    title: set.meta.title,
    versions: set.versions.map((v) => ({ validFrom: v.data.validFrom, validUntil: v.lastDay ?? null, file: v.file })),
  };
}

/** The version in force on `asOf`, or a `not_in_force` error listing every version and its days. */
function loadedVersionAt(set: LoadedRuleSet, asOf: string): LoadedVersion {
  const loaded = versionInForce(set.versions, asOf);
  if (loaded) return loaded;
  throw new CnasRulesError([notInForce(set.id, asOf, set.versions)]);
}

/** Every parameter an output refers to must exist (the tariff loader checks the same for a tree read from disk). */
function checkParameterReferences(sets: readonly LoadedRuleSet[], parameters: TariffCatalog): void {
  const issues = outputParameterIssues(sets.flatMap((set) => set.versions), parameters.parameters);
  if (issues.length > 0) throw new CnasRulesError(issues);
}

/** The completion cap asked for: a whole number from 0 to 100 000 (each completion is one evaluation). */
function completionCapOf(options: EvaluateOptions): number {
  const cap: unknown = options.completionCap;
  if (cap === undefined) return DEFAULT_COMPLETION_CAP;
  if (typeof cap === 'number' && Number.isInteger(cap) && cap >= 0 && cap <= 100_000) return cap;
  throw new CnasRulesError([
    makeIssue('invalid_option', ['completionCap'], {
      field: 'completionCap',
      expected: 'a whole number from 0 to 100000',
      expectedRo: 'un număr întreg între 0 și 100000',
      received: JSON.stringify(cap) ?? String(cap),
    }),
  ]);
}

function engineNamed(name: unknown, path: string[]): PlanEngine {
  if (typeof name === 'string' && Object.hasOwn(ENGINES, name)) return ENGINES[name as EngineName];
  throw new CnasRulesError([makeIssue('invalid_option', path, { field: 'engine', received: String(name), expected: ENGINE_NAMES.join(', '), expectedRo: ENGINE_NAMES.join(', ') })]);
}

/** The ids of the named rule sets, in the source's order; a name that is not a rule set is refused. */
function onlyNamed(ids: readonly string[], names: readonly string[] | undefined): readonly string[] {
  if (!names) return ids;
  const unknown = names.filter((name) => !ids.includes(name));
  if (unknown.length > 0) {
    throw new CnasRulesError(unknown.map((ruleSet) => makeIssue('unknown_rule_set', ['ruleSets'], { ruleSet, known: [...ids] })));
  }
  return ids.filter((id) => names.includes(id));
}
