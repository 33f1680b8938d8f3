import type { Issue } from '../errors/issue.js';
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
  decide: (record: BatchRecord) => Promise<SafeDecision<Decision>>,
): AsyncGenerator<BatchResult> {
  let index = 0;
  for await (const record of records) {
    const result = await decide((record ?? {}) as BatchRecord);
    yield result.ok ? { index, ok: true, decision: result.decision } : { index, ok: false, issues: result.issues };
    index += 1;
  }
}

/** Either a decision or the issues that prevented it: for callers that prefer not to catch. */
export type SafeDecision<D> = { readonly ok: true; readonly decision: D } | { readonly ok: false; readonly issues: readonly Issue[] };
