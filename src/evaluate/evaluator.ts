import { bundledRulesDir } from '../bundled-rules.js';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { checkConstraints } from '../facts/check-constraints.js';
import { deriveFacts } from '../facts/derive.js';
import { parseFacts } from '../facts/parse-facts.js';
import { type LoadedRuleSet, type LoadedVersion, type RuleCatalog, buildCatalog } from '../ruleset/catalog.js';
import { readRuleTree } from '../ruleset/read-dir.js';
import { assertAsOf, notInForce, versionInForce } from '../ruleset/timeline.js';
import { buildTariffCatalog, type TariffCatalog } from '../tariffs/load.js';
import { findParameter } from '../tariffs/tariffs.js';
import type { SourceDocument } from '../ruleset/parse-document.js';
import { documentsOfKind, locate } from '../ruleset/folder-kind.js';
import { type BatchOptions, type BatchRecord, type BatchResult, evaluateRecords } from './evaluate-many.js';
import { type CompiledVersion, compileVersion } from './compile.js';
import { compiledEngine } from './compiled-engine.js';
import type { Decision } from './decision.js';
import { type DecisionAt, type Detail, DETAIL_LEVELS } from './detail.js';
import { evaluateVersion } from './evaluate-version.js';
import { ENGINE_NAMES, type EngineName, type PlanEngine } from './plan-engine.js';
import { jsonRulesEngine } from './reference-engine.js';

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

/** Either a decision or the issues that prevented it: for callers that prefer not to catch. */
export type SafeDecision<D> = { readonly ok: true; readonly decision: D } | { readonly ok: false; readonly issues: readonly Issue[] };

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
  /** The catalog the evaluator was built from (the parsed and checked rule files). */
  readonly catalog: RuleCatalog;
}

export interface EvaluatorOptions {
  /** A rule tree on disk (`<dir>/<set>/<YYYY-MM-DD>.json`); the bundled rules when omitted. */
  readonly rulesDir?: string;
  /** An already built catalog (e.g. from {@link buildCatalog} on documents that did not come from disk). */
  readonly catalog?: RuleCatalog;
  /** The dated parameters that outputs refer to, with `catalog` (from {@link buildTariffCatalog}). */
  readonly parameters?: TariffCatalog;
  /**
   * What evaluates the conditions: `json-rules-engine` (the reference, the default) or `compiled`
   * (the same conditions compiled to closures; proven to give identical decisions by a differential test).
   */
  readonly engine?: EngineName;
  /**
   * Load and compile only these rule sets (the tariff and parameter folders are always loaded).
   * Without it every rule set is loaded, and each is compiled on its first evaluation.
   */
  readonly ruleSets?: readonly string[];
}

/**
 * Loads, checks and compiles a rule tree once; the evaluator it returns is then used for any
 * number of evaluations, concurrent ones included.
 *
 * @example
 * ```ts
 * const evaluator = createEvaluator();
 * const decision = await evaluator.evaluate('portable-oxygen', { fev1VcRatioPct: 62 }, { asOf: '2025-03-10' });
 * decision.outcome; // 'undetermined': the other criteria still need facts
 * decision.missingFacts.map((m) => m.fact);
 * ```
 */
export function createEvaluator<R extends Registry = AnyRegistry>(options: EvaluatorOptions = {}): Evaluator<R> {
  const engine = engineNamed(options.engine ?? 'json-rules-engine', ['engine']);
  const documents = options.catalog ? [] : onlySets(readRuleTree(options.rulesDir ?? bundledRulesDir()), options.ruleSets);
  const catalog = onlyNamed(options.catalog ?? buildCatalog(documents), options.ruleSets);
  const parameters = options.parameters ?? buildTariffCatalog(documents);
  checkParameterReferences(catalog, parameters);
  // Each rule set is compiled on its first evaluation, or at once when the sets were named.
  const compiled = new Map<string, CompiledVersion[]>();
  const compiledSet = (set: LoadedRuleSet): CompiledVersion[] => {
    let versions = compiled.get(set.id);
    if (!versions) {
      versions = set.versions.map(compileVersion);
      for (const version of versions) engine.prepare(version);
      compiled.set(set.id, versions);
    }
    return versions;
  };
  if (options.ruleSets) for (const set of catalog.values()) compiledSet(set);

  const selectFor = (ruleSet: string, asOf: unknown): CompiledVersion => {
    assertAsOf(asOf);
    const set = catalog.get(ruleSet);
    if (!set) throw new CnasRulesError([makeIssue('unknown_rule_set', ['ruleSet'], { ruleSet, known: [...catalog.keys()] })]);
    return selectVersion(set, compiledSet(set), asOf);
  };

  const parameterSource = (asOf: string) => (id: string) => {
    const found = findParameter(parameters, id, asOf, ['outputs']);
    if (!('value' in found)) throw new CnasRulesError([found]);
    return { id, value: found.value, unit: found.unit, citation: found.citation };
  };

  /** Validates the facts and runs the engine; synchronous when the engine is. */
  const decide = (with_: PlanEngine, ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Decision | Promise<Decision> => {
    const asOf = (evaluateOptions as EvaluateOptions | undefined)?.asOf as string;
    const detail = evaluateOptions?.detail ?? 'full';
    if (!DETAIL_LEVELS.includes(detail)) {
      throw new CnasRulesError([makeIssue('invalid_option', ['detail'], { field: 'detail', value: String(detail), expected: DETAIL_LEVELS })]);
    }
    const version = selectFor(ruleSet, asOf);
    const parsed = parseFacts(facts, version.data.facts);
    if (parsed.issues.length > 0) throw new CnasRulesError(parsed.issues);
    const state = deriveFacts(parsed.facts, version.data.derived, asOf);
    const contradictions = checkConstraints(version.data, state);
    if (contradictions.length > 0) throw new CnasRulesError(contradictions);
    const run = with_.run(version, state, detail === 'full');
    const assemble = (plan: Awaited<typeof run>) => evaluateVersion(version, state, asOf, parameterSource(asOf), plan, detail) as Decision;
    return run instanceof Promise ? run.then(assemble) : assemble(run);
  };
  const evaluate = async (ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Promise<Decision> =>
    decide(engine, ruleSet, facts, evaluateOptions);

  return {
    catalog,
    evaluate: evaluate as Evaluator<R>['evaluate'],
    safeEvaluate: (async (ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions) => {
      try {
        return { ok: true, decision: await evaluate(ruleSet, facts, evaluateOptions) };
      } catch (error) {
        if (error instanceof CnasRulesError) return { ok: false, issues: error.issues };
        throw error;
      }
    }) as Evaluator<R>['safeEvaluate'],
    evaluateMany: ((records, batchOptions = {}) => {
      const batchEngine = engineNamed(batchOptions.engine ?? 'compiled', ['engine']);
      return evaluateRecords(records, (record) => decide(batchEngine, record.ruleSet, record.facts, { asOf: record.asOf, detail: batchOptions.detail }));
    }) as Evaluator<R>['evaluateMany'],
    ruleSets: () => [...catalog.values()].map(summarize),
    versionInForce: (ruleSet, asOf) => selectFor(ruleSet, asOf).loaded,
  };
}

function engineNamed(name: unknown, path: string[]): PlanEngine {
  if (typeof name === 'string' && Object.hasOwn(ENGINES, name)) return ENGINES[name as EngineName];
  throw new CnasRulesError([makeIssue('invalid_option', path, { field: 'engine', value: String(name), expected: ENGINE_NAMES })]);
}

/** The documents of the named rule sets, and of every folder that is not a rule set (tariffs, parameters). */
function onlySets(documents: SourceDocument[], names: readonly string[] | undefined): SourceDocument[] {
  if (!names) return documents;
  const criteria = new Set(documentsOfKind(documents, 'criteria'));
  const known = [...new Set([...criteria].map((doc) => locate(doc.file).set))];
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new CnasRulesError(unknown.map((ruleSet) => makeIssue('unknown_rule_set', ['ruleSets'], { ruleSet, known })));
  return documents.filter((doc) => !criteria.has(doc) || names.includes(locate(doc.file).set));
}

/** The catalog restricted to the named rule sets; a name that is not a rule set is refused. */
function onlyNamed(catalog: RuleCatalog, names: readonly string[] | undefined): RuleCatalog {
  if (!names) return catalog;
  const unknown = names.filter((name) => !catalog.has(name));
  if (unknown.length > 0) {
    throw new CnasRulesError(unknown.map((ruleSet) => makeIssue('unknown_rule_set', ['ruleSets'], { ruleSet, known: [...catalog.keys()] })));
  }
  return new Map([...catalog].filter(([id]) => names.includes(id)));
}

function summarize(set: LoadedRuleSet): RuleSetSummary {
  return {
    id: set.id,
    title: set.meta.title,
    versions: set.versions.map((v) => ({ validFrom: v.data.validFrom, validUntil: v.lastDay ?? null, file: v.file })),
  };
}

/** The version in force on `asOf`, or a `not_in_force` error listing every version and its days. */
function selectVersion(set: LoadedRuleSet, versions: readonly CompiledVersion[], asOf: string): CompiledVersion {
  const loaded = versionInForce(set.versions, asOf);
  const found = versions.find((v) => v.loaded === loaded);
  if (found) return found;
  throw new CnasRulesError([notInForce(set.id, asOf, set.versions)]);
}

/** Every parameter an output refers to must exist in some version of its parameters folder. */
function checkParameterReferences(catalog: RuleCatalog, parameters: TariffCatalog): void {
  const issues: Issue[] = [];
  for (const set of catalog.values()) {
    for (const version of set.versions) {
      version.data.outputs.forEach((table, t) =>
        table.rows.forEach((row, r) => {
          for (const [field, value] of Object.entries(row.then)) {
            if (typeof value !== 'object' || !('parameter' in value)) continue;
            const [folderId = '', parameterId = ''] = value.parameter.split('/');
            const folder = parameters.parameters.get(folderId);
            if (folder?.versions.some((v) => Object.hasOwn(v.data.parameters, parameterId))) continue;
            issues.push(
              makeIssue('unknown_reference', ['outputs', t, 'rows', r, 'then', field, 'parameter'], { kind: 'parameter', id: value.parameter }, version.file),
            );
          }
        }),
      );
    }
  }
  if (issues.length > 0) throw new CnasRulesError(issues);
}
