import type { FactState } from '../facts/derive.js';
import type { RuleVersionFile, SourceGapReach } from '../ruleset/schema.js';
import type { CriterionResult, OutputResult } from './decision.js';

/** A gap whose `reaches` applies on the evaluation date, for the facts given. */
export interface ActiveReach {
  readonly gap: string;
  readonly reach: SourceGapReach;
}

const reachingGaps = new WeakMap<RuleVersionFile, RuleVersionFile['sourceGaps']>();

/** The gaps that reach decisions on `asOf`: within their days, and, when they name facts, with one of them given. */
export function activeReaches(data: RuleVersionFile, asOf: string, state: FactState): ActiveReach[] {
  let reaching = reachingGaps.get(data);
  if (!reaching) {
    reaching = data.sourceGaps.filter((gap) => gap.reaches);
    reachingGaps.set(data, reaching);
  }
  if (reaching.length === 0) return [];
  return reaching.flatMap((gap) => {
    const reach = gap.reaches!;
    if (reach.from !== undefined && asOf < reach.from) return [];
    if (reach.until !== undefined && asOf > reach.until) return [];
    if (reach.whenFactsGiven && !reach.whenFactsGiven.some((fact) => state.values.has(fact))) return [];
    return [{ gap: gap.id, reach }];
  });
}

/**
 * A criterion as a gap that reaches it leaves it: an answer the missing provision could change
 * becomes unknown, naming the gap (effect undetermined), or stands with the gap as a caveat (flag).
 */
export function reachCriterion(result: CriterionResult, reaches: readonly ActiveReach[]): CriterionResult {
  let current = result;
  for (const { gap, reach } of reaches) {
    if (!reach.ids.includes(current.id)) continue;
    if (current.status !== 'met' && current.status !== 'not_met') continue;
    if (!reach.statuses.includes(current.status)) continue;
    current =
      reach.effect === 'undetermined'
        ? { ...current, status: 'unknown', missingFacts: [], unresolvedGaps: [...current.unresolvedGaps, gap] }
        : { ...current, caveats: [...(current.caveats ?? []), gap] };
  }
  return current;
}

/** An output as the gaps that reach it leave it: undetermined naming the gap, or flagged with it. */
export function reachOutput(result: OutputResult, reaches: readonly ActiveReach[]): OutputResult {
  let current = result;
  for (const { gap, reach } of reaches) {
    if (!reach.ids.includes(current.id) || current.status === 'not_applicable') continue;
    current =
      reach.effect === 'undetermined'
        ? { ...current, status: 'undetermined', value: null, rows: [], missingFacts: [], unresolvedGaps: [...(current.unresolvedGaps ?? []), gap] }
        : { ...current, caveats: [...(current.caveats ?? []), gap] };
  }
  return current;
}
