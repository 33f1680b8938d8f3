import { parentPort, workerData } from 'node:worker_threads';
import { CnasRulesError } from '../errors/issue.js';
import { type AnyRegistry, type Evaluator } from '../evaluate/evaluator.js';
import { createEvaluator } from '../create-evaluator.js';
import { type BatchJob, evaluateLines, splitLines } from './evaluate-lines.js';

/**
 * A batch worker: builds the one rule set it needs, then answers chunks of raw input (whole lines) with
 * chunks of output lines.
 */
const { job, rulesDir } = workerData as { job: BatchJob; rulesDir?: string };
let evaluator: Evaluator<AnyRegistry> | undefined;
try {
  evaluator = createEvaluator({ engine: 'compiled', ruleSets: [job.ruleSet], ...(rulesDir ? { rulesDir } : {}) });
  // A wrong rule set or date is refused here, once, before any input is read: the main thread then
  // needs no evaluator of its own (importing one would delay starting the workers).
  evaluator.versionInForce(job.ruleSet, job.asOf);
} catch (error) {
  if (!(error instanceof CnasRulesError)) throw error;
  // The main thread ends the worker once it has read this.
  parentPort!.postMessage({ refused: error.issues });
}

if (evaluator) answerChunks(evaluator);

function answerChunks(ready: Evaluator<AnyRegistry>): void {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  parentPort!.on('message', async (chunk: { seq: number; firstLine: number; input: Uint8Array }) => {
    const lines = splitLines(decoder.decode(chunk.input));
    const text = await evaluateLines(ready, job, lines, chunk.firstLine);
    // Encoded here and handed over, not copied: the main thread only writes the bytes, so that it never
    // becomes the bottleneck the workers wait on (UTF-8 encoding of the output is most of its work otherwise).
    const bytes = encoder.encode(`${text}\n`);
    parentPort!.postMessage({ seq: chunk.seq, bytes, count: lines.length }, [bytes.buffer]);
  });
  parentPort!.postMessage({ ready: true });
}
