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
import { type CompiledVersion, compileVersion } from './compile.js';
import type { Decision } from './decision.js';
import { DEFAULT_COMPLETION_CAP, decideOverCompletions } from './decide-over-completions.js';
import { evaluateVersion } from './evaluate-version.js';

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

export interface EvaluateOptions {
  /** The date the decision is made for, YYYY-MM-DD. It selects the version in force; it is never "today" by default. */
  readonly asOf: string;
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

/** Either a decision or the issues that prevented it: for callers that prefer not to catch. */
export type SafeDecision<D> = { readonly ok: true; readonly decision: D } | { readonly ok: false; readonly issues: readonly Issue[] };

export interface Evaluator<R extends Registry> {
  /**
   * Evaluates a rule set on a date. The facts are validated first against the version in force on
   * `asOf`; any problem rejects with a {@link CnasRulesError} carrying every issue, and nothing is
   * evaluated. Facts that are absent or `null` are unknown: criteria that need them are `unknown` and
   * the outcome is `undetermined` unless the known facts already decide it.
   */
  evaluate<S extends keyof R & string>(
    ruleSet: S,
    facts: R[S]['facts'],
    options: EvaluateOptions,
  ): Promise<Decision<R[S]['criteria'], R[S]['outputs']>>;
  /** Like {@link Evaluator.evaluate}, but resolves to `{ ok: false, issues }` instead of rejecting on bad input. */
  safeEvaluate<S extends keyof R & string>(
    ruleSet: S,
    facts: R[S]['facts'],
    options: EvaluateOptions,
  ): Promise<SafeDecision<Decision<R[S]['criteria'], R[S]['outputs']>>>;
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
  const documents = options.catalog ? [] : readRuleTree(options.rulesDir ?? bundledRulesDir());
  const catalog = options.catalog ?? buildCatalog(documents);
  const parameters = options.parameters ?? buildTariffCatalog(documents);
  checkParameterReferences(catalog, parameters);
  const compiled = new Map<string, CompiledVersion[]>(
    [...catalog.values()].map((set) => [set.id, set.versions.map(compileVersion)]),
  );

  const selectFor = (ruleSet: string, asOf: unknown): CompiledVersion => {
    assertAsOf(asOf);
    const set = catalog.get(ruleSet);
    if (!set) throw new CnasRulesError([makeIssue('unknown_rule_set', ['ruleSet'], { ruleSet, known: [...catalog.keys()] })]);
    return selectVersion(set, compiled.get(ruleSet)!, asOf);
  };

  const evaluate = async (ruleSet: string, facts: unknown, evaluateOptions: EvaluateOptions): Promise<Decision> => {
    const asOf = (evaluateOptions as EvaluateOptions | undefined)?.asOf as string;
    const version = selectFor(ruleSet, asOf);
    const cap = completionCapOf(evaluateOptions);
    const parsed = parseFacts(facts, version.data.facts);
    if (parsed.issues.length > 0) throw new CnasRulesError(parsed.issues);
    const state = deriveFacts(parsed.facts, version.data.derived, asOf);
    const contradictions = checkConstraints(version.data, state);
    if (contradictions.length > 0) throw new CnasRulesError(contradictions);
    const parameterOf = (id: string) => {
      const found = findParameter(parameters, id, asOf, ['outputs']);
      if (!('value' in found)) throw new CnasRulesError([found]);
      return { id, value: found.value, unit: found.unit, citation: found.citation };
    };
    return decideOverCompletions(version.data, state, (completed, explain) => evaluateVersion(version, completed, asOf, parameterOf, explain), {
      cap,
      admissible: (completed) => checkConstraints(version.data, completed).length === 0,
    });
  };

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
    ruleSets: () => [...catalog.values()].map(summarize),
    versionInForce: (ruleSet, asOf) => selectFor(ruleSet, asOf).loaded,
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
