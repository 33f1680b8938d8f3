import { Engine, type RuleProperties } from 'json-rules-engine';
import { OPERATOR_TABLE, engineOperatorName } from '../operators/operators.js';

/**
 * json-rules-engine keeps one `status` per Engine, and a run that finishes sets it to FINISHED while
 * another run on the same engine may still be going, which then skips its rules. So each run borrows
 * an engine that no other run is using: idle engines are reused, and a new one is built only when
 * every engine of the version is busy. Sequential use builds exactly one engine per version.
 */
export class EnginePool {
  private readonly idle: Engine[] = [];
  private built = 0;

  constructor(private readonly rule: RuleProperties) {}

  /** Runs `fn` with an engine of its own, and gives the engine back afterwards. */
  async use<T>(fn: (engine: Engine) => Promise<T>): Promise<T> {
    const engine = this.idle.pop() ?? this.build();
    try {
      return await fn(engine);
    } finally {
      this.idle.push(engine);
    }
  }

  /** How many engines this pool has built (for tests and benchmarks). */
  get size(): number {
    return this.built;
  }

  private build(): Engine {
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
