import type { CaseResult } from '../cases/run-cases.js';
import type { ConditionTrace } from '../evaluate/decision.js';
import type { LoadedVersion } from '../ruleset/catalog.js';
import { walkCondition } from '../ruleset/walk.js';

/** How far a version's cases reach its criteria and the two sides of each comparison. */
export interface VersionCoverage {
  readonly ruleSet: string;
  readonly version: string;
  readonly cases: number;
  readonly criteria: ReadonlyArray<{ readonly id: string; readonly reached: readonly string[]; readonly missing: readonly string[] }>;
  /** Each comparison of a criterion's condition, and whether cases saw it hold and fail. */
  readonly comparisons: ReadonlyArray<{ readonly criterion: string; readonly comparison: string; readonly held: boolean; readonly failed: boolean }>;
  /** Criteria reached met, not met and unknown, and comparisons seen both ways, over their totals. */
  readonly summary: { readonly criteriaFull: number; readonly criteria: number; readonly comparisonsBoth: number; readonly comparisons: number };
}

const STATUSES = ['met', 'not_met', 'unknown'] as const;

function visitTests(trace: ConditionTrace, seen: (key: string, status: string) => void): void {
  if (trace.kind === 'test') seen(`${trace.test.fact} ${trace.test.operator} ${JSON.stringify(trace.test.threshold)}`, trace.status);
  else if ('parts' in trace) trace.parts.forEach((part) => visitTests(part, seen));
}

/** Coverage of one version by the results of its cases. */
export function versionCoverage(version: LoadedVersion, results: readonly CaseResult[]): VersionCoverage {
  const mine = results.filter((r) => r.ruleSet === version.data.ruleSet && r.version === version.data.validFrom);
  const statuses = new Map<string, Set<string>>();
  const sides = new Map<string, Set<string>>();
  for (const { decision } of mine) {
    if (!decision) continue;
    for (const [id, result] of Object.entries(decision.criteria)) {
      const reached = statuses.get(id) ?? new Set<string>();
      statuses.set(id, reached);
      reached.add(result.status);
      visitTests(result.explanation, (key, status) => {
        const seen = sides.get(`${id}\u0000${key}`) ?? new Set<string>();
        sides.set(`${id}\u0000${key}`, seen);
        seen.add(status);
      });
    }
  }
  const criteria = version.data.criteria.map((c) => {
    const reached = [...(statuses.get(c.id) ?? [])].sort();
    return { id: c.id, reached, missing: STATUSES.filter((s) => !reached.includes(s)) };
  });
  const comparisons = version.data.criteria.flatMap((c) => {
    const keys = new Set<string>();
    walkCondition(c.when, { fact: (leaf) => keys.add(`${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)}`) }, []);
    return [...keys].map((key) => {
      const seen = sides.get(`${c.id}\u0000${key}`) ?? new Set<string>();
      return { criterion: c.id, comparison: key, held: seen.has('met'), failed: seen.has('not_met') };
    });
  });
  return {
    ruleSet: version.data.ruleSet,
    version: version.data.validFrom,
    cases: mine.length,
    criteria,
    comparisons,
    summary: {
      criteriaFull: criteria.filter((c) => c.missing.length === 0).length,
      criteria: criteria.length,
      comparisonsBoth: comparisons.filter((c) => c.held && c.failed).length,
      comparisons: comparisons.length,
    },
  };
}
