import { parentPort, workerData } from 'node:worker_threads';
import { createEvaluator } from '../evaluate/evaluator.js';
import { type BatchJob, evaluateLines } from './evaluate-lines.js';

/** A batch worker: builds the one rule set it needs, then answers chunks of lines with chunks of output lines. */
const { job, rulesDir } = workerData as { job: BatchJob; rulesDir?: string };
const evaluator = createEvaluator({ engine: 'compiled', ruleSets: [job.ruleSet], ...(rulesDir ? { rulesDir } : {}) });

parentPort!.on('message', async (chunk: { seq: number; firstLine: number; lines: string[] }) => {
  const text = await evaluateLines(evaluator, job, chunk.lines, chunk.firstLine);
  parentPort!.postMessage({ seq: chunk.seq, text, count: chunk.lines.length });
});
parentPort!.postMessage({ ready: true });
