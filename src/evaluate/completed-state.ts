import type { FactState } from '../facts/derive.js';
import type { FactValue } from '../facts/parse-facts.js';

/**
 * A map read through a few changes: a completion gives values to a handful of unknown facts, and
 * copying every fact of the patient for each of its completions would cost more than evaluating it.
 */
class Overlay<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly changes: ReadonlyMap<string, V | undefined>,
  ) {}

  get(key: string): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.changes.has(key) ? this.changes.get(key) !== undefined : this.base.has(key);
  }

  get size(): number {
    return this.materialized().size;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    this.materialized().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, V]> {
    return this.materialized().entries();
  }

  keys(): MapIterator<string> {
    return this.materialized().keys();
  }

  values(): MapIterator<V> {
    return this.materialized().values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private copy: Map<string, V> | undefined;

  /** The whole map, built only if something iterates it (nothing on the evaluation path does). */
  private materialized(): Map<string, V> {
    if (!this.copy) {
      this.copy = new Map(this.base);
      for (const [key, value] of this.changes) {
        if (value === undefined) this.copy.delete(key);
        else this.copy.set(key, value);
      }
    }
    return this.copy;
  }
}

/** The state with the variables given their values: a derived variable stops lacking its inputs. */
export function completeState(state: FactState, assigned: ReadonlyArray<readonly [string, FactValue]>): FactState {
  const values = new Map<string, FactValue | undefined>();
  const lacking = new Map<string, readonly string[] | undefined>();
  for (const [fact, value] of assigned) {
    values.set(fact, value);
    lacking.set(fact, undefined);
  }
  return { values: new Overlay(state.values, values), lacking: new Overlay(state.lacking, lacking) };
}
