import { parentPort, workerData } from 'node:worker_threads';
import { createEvaluator } from '../evaluate/evaluator.js';
import { type BatchJob, evaluateLines } from './evaluate-lines.js';

/** A batch worker: builds the one rule set it needs, then answers chunks of lines with chunks of output lines. */
const { job, rulesDir } = workerData as { job: BatchJob; rulesDir?: string };
const evaluator = createEvaluator({ engine: 'compiled', ruleSets: [job.ruleSet], ...(rulesDir ? { rulesDir } : {}) });

const encoder = new TextEncoder();

parentPort!.on('message', async (chunk: { seq: number; firstLine: number; lines: string[] }) => {
  const text = await evaluateLines(evaluator, job, chunk.lines, chunk.firstLine);
  // Encoded here and handed over, not copied: the main thread only writes the bytes, so that it never
  // becomes the bottleneck the workers wait on (UTF-8 encoding of the output is most of its work otherwise).
  const bytes = encoder.encode(`${text}\n`);
  parentPort!.postMessage({ seq: chunk.seq, bytes, count: chunk.lines.length }, [bytes.buffer]);
});
parentPort!.postMessage({ ready: true });
