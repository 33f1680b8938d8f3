import { parentPort, workerData } from 'node:worker_threads';
import { createEvaluator } from '../evaluate/evaluator.js';
import { type BatchJob, evaluateLines, splitLines } from './evaluate-lines.js';

/**
 * A batch worker: builds the one rule set it needs, then answers chunks of raw input (whole lines) with
 * chunks of output lines.
 */
const { job, rulesDir } = workerData as { job: BatchJob; rulesDir?: string };
const evaluator = createEvaluator({ engine: 'compiled', ruleSets: [job.ruleSet], ...(rulesDir ? { rulesDir } : {}) });

const decoder = new TextDecoder();
const encoder = new TextEncoder();

parentPort!.on('message', async (chunk: { seq: number; firstLine: number; input: Uint8Array }) => {
  const lines = splitLines(decoder.decode(chunk.input));
  const text = await evaluateLines(evaluator, job, lines, chunk.firstLine);
  // Encoded here and handed over, not copied: the main thread only writes the bytes, so that it never
  // becomes the bottleneck the workers wait on (UTF-8 encoding of the output is most of its work otherwise).
  const bytes = encoder.encode(`${text}\n`);
  parentPort!.postMessage({ seq: chunk.seq, bytes, count: lines.length }, [bytes.buffer]);
});
parentPort!.postMessage({ ready: true });
