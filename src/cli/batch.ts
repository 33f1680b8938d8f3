import { fstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runBatch } from '../batch/run-batch.js';
import { CnasRulesError, formatPath } from '../errors/issue.js';
import { DETAIL_LEVELS, type Detail } from '../evaluate/detail.js';
import { COMMAND_HELP } from './usage.js';

/** The help page of `cnas-rules batch` (also shown by `cnas-rules help batch`). */
export const BATCH_USAGE = COMMAND_HELP.batch!;

export interface BatchCommandStreams {
  readonly input: Readable;
  readonly output: Writable;
  readonly error: Writable & { isTTY?: boolean };
}

const defaultStreams = (): BatchCommandStreams => ({ input: process.stdin, output: process.stdout, error: process.stderr });

/**
 * `cnas-rules batch`: resolves to the exit code: 0 done (refused lines are error lines in the output), 2
 * usage, 3 rule set or date refused, 70 a worker failed (`batch_worker_failed`: out of memory, or a bug;
 * the output holds every line before the one it names).
 */
export async function runBatchCommand(argv: readonly string[], streams: BatchCommandStreams = defaultStreams()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        workers: { type: 'string' },
        detail: { type: 'string', default: 'full' },
        rules: { type: 'string' },
        'accept-earliest-start': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    streams.error.write(`${(error as Error).message}\n\n${BATCH_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    streams.output.write(BATCH_USAGE);
    return 0;
  }
  const [ruleSet, ...extra] = positionals;
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  const detail = values.detail as Detail;
  if (ruleSet === undefined || extra.length > 0 || values['as-of'] === undefined || !Number.isInteger(workers) || workers < 1 || !DETAIL_LEVELS.includes(detail)) {
    streams.error.write(BATCH_USAGE);
    return 2;
  }
  const asOf = values['as-of'];
  try {
    // A wrong rule set or date is refused once, by the workers as they start, before any line is read.
    await runBatch(
      { job: { ruleSet, asOf, detail, acceptEarliestStart: values['accept-earliest-start'] }, workers, ...(values.rules ? { rulesDir: values.rules } : {}) },
      { input: streams.input, output: streams.output, progress: streams.error, inputBytes: inputSize(streams.input) },
    );
  } catch (error) {
    if (!(error instanceof CnasRulesError)) throw error;
    for (const issue of error.issues) streams.error.write(`${[issue.file, formatPath(issue.path)].filter(Boolean).join(' ')}: ${issue.code}: ${issue.message.en}\n`);
    // 70 as EXIT.internal of the other commands (not imported: the batch's main thread loads only this
    // module): with lines and chunks bounded (src/batch/run-batch.ts), no input should make a worker fail.
    return error.code === 'batch_worker_failed' ? 70 : 3;
  }
  return 0;
}

/** The size of the input when it is a regular file (for the time left), else undefined. */
function inputSize(input: Readable): number | undefined {
  const fd = (input as Readable & { fd?: number }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
