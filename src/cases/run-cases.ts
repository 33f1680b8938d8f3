import { type CnasRulesError, asCnasRulesError } from '../errors/issue.js';
import type { Decision } from '../evaluate/decision.js';
import type { Detail } from '../evaluate/detail.js';
import type { AnyRegistry, Evaluator } from '../evaluate/evaluator.js';
import type { LoadedVersion } from '../ruleset/catalog.js';
import type { TestCase } from '../ruleset/schema.js';

/** The result of one case: passed, or the differences between what was expected and what came. */
export interface CaseResult {
  readonly ruleSet: string;
  readonly version: string;
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
  /** The decision, when the case evaluated (for coverage of criterion statuses). */
  readonly decision?: Decision;
}

/**
 * Runs every case of the catalog's versions (or of one rule set). The cases are those read with the
 * rule files (`createEvaluator({ rulesDir })`); pre-checked bundles, which the default evaluator
 * reads under Node, carry none.
 */
export async function runCases(evaluator: Evaluator<AnyRegistry>, ruleSet?: string): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const set of evaluator.catalog.values()) {
    if (ruleSet !== undefined && set.id !== ruleSet) continue;
    for (const version of set.versions) {
      if (!version.cases) continue;
      for (const testCase of version.cases.data.cases) results.push(await runCase(evaluator, set.id, version, testCase));
    }
  }
  return results;
}

/**
 * Runs one case of a version against an evaluator. `detail` below `full` builds only what the case
 * checks (criterion statuses only when it expects some), for callers that judge pass or fail alone.
 */
export async function runCase(
  evaluator: Evaluator<AnyRegistry>,
  ruleSet: string,
  version: LoadedVersion,
  testCase: TestCase,
  detail: Detail = 'full',
): Promise<CaseResult> {
  const base = { ruleSet, version: version.data.validFrom, file: version.cases!.file, id: testCase.id, name: testCase.name };
  const expect = testCase.expect;
  let decision: Decision;
  try {
    const acceptEarliestStart = testCase.acceptEarliestStart ?? version.cases!.data.acceptEarliestStart ?? false;
    // Below `full` the decision lacks what the case does not check (criteria unless it expects some);
    // the checks below read only what it expects.
    decision = (await evaluator.evaluate(ruleSet, testCase.facts as Record<string, unknown>, {
      asOf: testCase.asOf,
      acceptEarliestStart,
      detail: detail === 'outcome' && 'outcome' in expect && expect.criteria ? 'criteria' : detail,
    })) as Decision;
  } catch (thrown) {
    // One case that fails in an unexpected way is reported as that case's failure; the run goes on.
    const error = asCnasRulesError(thrown);
    const failures = 'error' in expect ? compareError(expect.error, error) : [`expected a decision, got error: ${error.message}`];
    return { ...base, passed: failures.length === 0, failures };
  }
  if ('error' in expect) {
    return { ...base, passed: false, failures: [`expected error ${expect.error.code}, got outcome ${decision.outcome}`], decision };
  }
  const failures: string[] = [];
  if (decision.version.validFrom !== version.data.validFrom) {
    failures.push(`asOf ${testCase.asOf} selects version ${decision.version.validFrom}, not the version ${version.data.validFrom} these cases belong to`);
  }
  if (decision.outcome !== expect.outcome) failures.push(`outcome: expected ${expect.outcome}, got ${decision.outcome}`);
  for (const [id, status] of Object.entries(expect.criteria ?? {})) {
    const actual = decision.criteria[id]?.status;
    if (actual !== status) failures.push(`criterion ${id}: expected ${status}, got ${actual ?? 'no such criterion'}`);
  }
  if (expect.missingFacts) {
    const actual = decision.missingFacts.map((m) => m.fact).sort();
    const wanted = [...expect.missingFacts].sort();
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) failures.push(`missingFacts: expected [${wanted}], got [${actual}]`);
  }
  for (const [field, wanted, actual] of [
    ['unresolvedGaps', expect.unresolvedGaps, decision.unresolvedGaps],
    ['caveats', expect.caveats, decision.caveats ?? []],
  ] as const) {
    if (!wanted) continue;
    const got = actual.map((gap) => gap.id).sort();
    if (JSON.stringify(got) !== JSON.stringify([...wanted].sort())) failures.push(`${field}: expected [${[...wanted].sort()}], got [${got}]`);
  }
  for (const [id, value] of Object.entries(expect.outputs ?? {})) {
    const output = decision.outputs[id];
    const actual = output ? output.value : undefined;
    if (JSON.stringify(actual) !== JSON.stringify(value)) {
      failures.push(`output ${id}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)} (${output?.status ?? 'no such output'})`);
    }
  }
  for (const [id, rows] of Object.entries(expect.outputRows ?? {})) {
    const output = decision.outputs[id];
    const actual = output ? [...output.rows, ...(output.ifMet?.rows ?? [])].map((row) => row.id) : undefined;
    if (JSON.stringify(actual) !== JSON.stringify(rows)) {
      failures.push(`output ${id} rows: expected [${rows}], got ${actual ? `[${actual}]` : 'no such output'} (${decision.outputs[id]?.status ?? '-'})`);
    }
  }
  for (const [id, rows] of Object.entries(expect.outputPending ?? {})) {
    const actual = decision.outputs[id]?.pending.map((row) => row.id);
    if (JSON.stringify(actual) !== JSON.stringify(rows)) {
      failures.push(`output ${id} pending rows: expected [${rows}], got ${actual ? `[${actual}]` : 'no such output'} (${decision.outputs[id]?.status ?? '-'})`);
    }
  }
  return { ...base, passed: failures.length === 0, failures, decision };
}

function compareError(expected: { code: string; path?: Array<string | number> | undefined }, error: CnasRulesError): string[] {
  const match = error.issues.find(
    (issue) => issue.code === expected.code && (expected.path === undefined || JSON.stringify(issue.path) === JSON.stringify(expected.path)),
  );
  if (match) return [];
  const got = error.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`).join('; ');
  return [`expected error ${expected.code}${expected.path ? ` at ${JSON.stringify(expected.path)}` : ''}, got ${got}`];
}
