import { CnasRulesError, type Issue } from '../errors/issue.js';
import type { Decision } from './decision.js';
import type { Detail } from './detail.js';
import type { EngineName } from './plan-engine.js';

/** One record of a batch: which rule set, on which date, with which facts. */
export interface BatchRecord {
  readonly ruleSet: string;
  readonly asOf: string;
  readonly facts: unknown;
}

export interface BatchOptions<D extends Detail = Detail> {
  /** How much of each decision to build (default `full`). */
  readonly detail?: D;
  /** The engine for the batch (default `compiled`). */
  readonly engine?: EngineName;
}

/** The result of one record, with its position in the input (from 0). */
export type BatchResult<D = Decision> =
  | { readonly index: number; readonly ok: true; readonly decision: D }
  | { readonly index: number; readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Evaluates records one after the other, pulling the next only when its result has been taken, so
 * at most one record is held whatever the length of the input; results come in input order.
 */
export async function* evaluateRecords(
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>,
  decide: (record: BatchRecord) => Decision | Promise<Decision>,
): AsyncGenerator<BatchResult> {
  let index = 0;
  for await (const record of records) {
    let result: BatchResult;
    try {
      const decided = decide((record ?? {}) as BatchRecord);
      result = { index, ok: true, decision: decided instanceof Promise ? await decided : decided };
    } catch (error) {
      if (!(error instanceof CnasRulesError)) throw error;
      result = { index, ok: false, issues: error.issues };
    }
    index += 1;
    yield result;
  }
}
