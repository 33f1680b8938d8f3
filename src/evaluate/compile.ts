import type { RuleProperties } from 'json-rules-engine';
import { engineOperatorName } from '../operators/operators.js';
import type { LoadedVersion } from '../ruleset/catalog.js';
import { type FactType, factTypeOf } from '../ruleset/fact-types.js';
import type { Condition, Criterion, DecisionTable, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import { deepFreeze } from '../ruleset/deep-freeze.js';
import { versionConditions, walkCondition } from '../ruleset/walk.js';
import type { CitationInfo, VersionInfo } from './decision.js';
import { describeCitation, describeVersion } from './describe-version.js';
import { EnginePool } from './engine-pool.js';

/** A version made ready to evaluate: its distinct fact comparisons, and the engines that run them. */
export interface CompiledVersion {
  readonly loaded: LoadedVersion;
  readonly data: RuleVersionFile;
  /** Every distinct fact comparison of the version, in a fixed order. */
  readonly leaves: readonly CompiledLeaf[];
  /** The index in `leaves` of each comparison object of the version's conditions. */
  readonly leafIndex: ReadonlyMap<FactCondition, number>;
  readonly criteria: ReadonlyMap<string, Criterion>;
  /** The version's decision tables by id. */
  readonly tables: ReadonlyMap<string, DecisionTable>;
  /** The version's outcome condition: its `outcome`, or all of its criteria. */
  readonly outcomeCondition: Condition;
  readonly citations: ReadonlyMap<string, CitationInfo>;
  readonly info: VersionInfo;
  readonly pool: EnginePool;
}

export interface CompiledLeaf {
  readonly condition: FactCondition;
  readonly type: FactType;
}

/** The identity of a comparison: the same fact, operator and value are evaluated once per run. */
export function leafKey(leaf: FactCondition): string {
  return JSON.stringify([leaf.fact, leaf.operator, leaf.value]);
}

/**
 * Compiles one version. Every distinct comparison becomes one leaf of a single json-rules-engine rule
 * (`all`, one priority), so one run evaluates every comparison and none is skipped by
 * short-circuiting; the three-valued logic over them (all / any / not / at least N, criteria and
 * decision tables) is computed by the facade from those leaf results.
 */
export function compileVersion(loaded: LoadedVersion): CompiledVersion {
  // Decisions share the version's text, labels and values instead of copying them: frozen, so that a
  // caller who changes a decision cannot change the rules of the next one.
  const data = deepFreeze(loaded.data);
  const leaves: CompiledLeaf[] = [];
  const byKey = new Map<string, number>();
  const leafIndex = new Map<FactCondition, number>();
  const add = (condition: FactCondition) => {
    const key = leafKey(condition);
    if (!byKey.has(key)) {
      byKey.set(key, leaves.length);
      leaves.push({ condition, type: factTypeOf(condition.fact, data.facts, data.derived)! });
    }
    leafIndex.set(condition, byKey.get(key)!);
  };
  for (const { condition } of versionConditions(data)) walkCondition(condition, { fact: add }, []);

  const rule: RuleProperties = {
    name: `${data.ruleSet}@${data.validFrom}`,
    conditions: {
      all: leaves.map(({ condition, type }) => ({
        fact: condition.fact,
        operator: engineOperatorName(type, condition.operator),
        value: condition.value,
      })),
    },
    event: { type: 'evaluated' },
  };
  const citations = deepFreeze(new Map<string, CitationInfo>([
    ...data.criteria.map((c) => [c.id, describeCitation(data, c.cite)] as const),
    ...data.outputs.flatMap((o) => (o.cite ? [[o.id, describeCitation(data, o.cite)] as const] : [])),
  ]));
  return {
    loaded,
    data,
    leaves,
    leafIndex,
    criteria: new Map(data.criteria.map((c) => [c.id, c])),
    tables: new Map(data.outputs.map((table) => [table.id, table])),
    outcomeCondition: data.outcome ?? { all: data.criteria.map((c) => ({ criterion: c.id })) },
    citations,
    info: deepFreeze(describeVersion(loaded)),
    pool: new EnginePool(rule),
  };
}
