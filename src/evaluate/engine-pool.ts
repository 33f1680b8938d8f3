import type { Engine, RuleProperties } from 'json-rules-engine';
import { OPERATOR_TABLE, engineOperatorName } from '../operators/operators.js';
import { type JsonRulesEngineClasses, jsonRulesEngineModule } from './json-rules-engine-module.js';

/** Most idle engines a pool keeps for later runs; engines built for a burst beyond that are let go. */
export const MAX_IDLE_ENGINES = 4;

/**
 * json-rules-engine keeps one `status` per Engine, and a run that finishes sets it to FINISHED while
 * another run on the same engine may still be going, which then skips its rules. So each run borrows
 * an engine that no other run is using: idle engines are reused, and a new one is built only when
 * every engine of the version is busy. Sequential use builds exactly one engine per version. After a
 * burst of concurrent runs the pool keeps at most {@link MAX_IDLE_ENGINES} idle engines, so the memory
 * a burst needed is given back instead of being kept for the life of the evaluator.
 */
export class EnginePool {
  private readonly idle: Engine[] = [];
  private built = 0;

  constructor(private readonly rule: RuleProperties) {}

  /** Runs `fn` with an engine of its own, and gives the engine back afterwards. */
  async use<T>(fn: (engine: Engine) => Promise<T>): Promise<T> {
    const engine = this.idle.pop() ?? this.build((await jsonRulesEngineModule()).Engine);
    try {
      return await fn(engine);
    } finally {
      if (this.idle.length < MAX_IDLE_ENGINES) this.idle.push(engine);
    }
  }

  /** How many engines wait idle for the next run (at most {@link MAX_IDLE_ENGINES}). */
  get idleCount(): number {
    return this.idle.length;
  }

  /** How many engines this pool has built (for tests and benchmarks). */
  get size(): number {
    return this.built;
  }

  private build(Engine: JsonRulesEngineClasses['Engine']): Engine {
    const engine = new Engine([], {
      allowUndefinedFacts: true,
      // No condition carries a `path` (the rule format refuses it); this makes sure JSONPath is never run.
      pathResolver: () => {
        throw new Error('fact paths are not part of the cnas-rules format');
      },
    });
    for (const [type, operators] of Object.entries(OPERATOR_TABLE)) {
      for (const [name, fn] of Object.entries(operators)) {
        engine.addOperator(engineOperatorName(type as keyof typeof OPERATOR_TABLE, name), fn);
      }
    }
    engine.addRule(this.rule);
    this.built += 1;
    return engine;
  }
}
