import type { RuleVersionFile } from '../ruleset/schema.js';
import type { Decision, OutputResult } from './decision.js';

/**
 * A decision on a day the version may not yet have been in force (its first day is known only within
 * a window): undetermined, naming the provenance gap, unless the caller accepted the earliest date.
 * Either way the decision says so, and what the text decides if it is in force.
 */
export function applyUncertainStart(decision: Decision, data: RuleVersionFile, asOf: string, acceptEarliest: boolean): Decision {
  const start = data.uncertainStart;
  if (!start || asOf < data.validFrom || (start.latest !== undefined && asOf >= start.latest)) return decision;
  const info = {
    earliest: data.validFrom,
    latest: start.latest ?? null,
    reason: start.reason,
    gap: start.gap,
    acceptedEarliest: acceptEarliest,
    outcomeIfInForce: decision.outcome,
  };
  if (acceptEarliest) return { ...decision, uncertainStart: info };
  const gap = decision.version.sourceGaps.find((g) => g.id === start.gap)!;
  const pending = (output: OutputResult): OutputResult => {
    const { ifMet: _ifMet, ...rest } = output;
    return { ...rest, status: 'undetermined', value: null, rows: [], unresolvedGaps: [...(output.unresolvedGaps ?? []), start.gap] };
  };
  return {
    ...decision,
    outcome: 'undetermined',
    unresolvedGaps: [gap, ...decision.unresolvedGaps.filter((g) => g.id !== start.gap)],
    outputs: Object.fromEntries(Object.entries(decision.outputs).map(([id, output]) => [id, pending(output)])),
    uncertainStart: info,
  };
}
