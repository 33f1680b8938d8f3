import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { LIMITS } from '../ruleset/limits.js';
import { type BatchJob, refusedLine } from './evaluate-lines.js';

export interface BatchStreams {
  readonly input: Readable;
  readonly output: Writable;
  /** Progress goes here only when it is a terminal. */
  readonly progress?: Writable & { isTTY?: boolean };
  /** The input's size in bytes when known (a file), for the time left. */
  readonly inputBytes?: number;
}

export interface BatchRun {
  readonly job: BatchJob;
  readonly workers: number;
  readonly rulesDir?: string;
  /** Bytes of input per message to a worker, at least: a chunk ends at the first line end after this many. */
  readonly chunkBytes?: number;
  /** Most lines per message to a worker (default {@link CHUNK_LINES}): a chunk ends after this many, whatever its bytes. */
  readonly chunkLines?: number;
  /** Longest line read, in bytes, its `\n` aside (default {@link LIMITS.maxBatchLineBytes}); a longer one is an error line. */
  readonly maxLineBytes?: number;
  /**
   * @internal Tests only (the CLI never sets it, and `runBatch` is not exported by the package): replaces
   * the workers' heap limits, so that a test can run a worker out of memory for real.
   */
  readonly resourceLimits?: ResourceLimits;
}

/**
 * The worker's module: the built file in the package; when running from the TypeScript sources
 * (tests), the source module, loaded through tsx registered inside the worker.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./worker.js', here);
  const source = new URL('./worker.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/**
 * Each worker's heap. A young generation of 16 MB instead of V8's default for a worker: about 35 MB less
 * resident per worker, for the same CPU time (each decision's garbage is short-lived and small).
 *
 * An old generation of at most 96 MB. What a worker keeps is small (after a full collection 7-15 MB at
 * portable-oxygen, up to 57 MB at pet-ct, detail full), but under V8's default limit of gigabytes the
 * heap grows to several times that before it is collected. The cap needs bounded chunks: a line is at
 * most LIMITS.maxBatchLineBytes and a chunk at most CHUNK_LINES lines, so a chunk's output stays near
 * 9 MB even at pet-ct's 570 kB of JSON a line; a worker that still runs out of memory ends the batch
 * with `batch_worker_failed`. Measured 2026-12-03 (two cores, two workers, detail full, peak resident
 * memory from `/usr/bin/time`, docs/performance.md): 30 000 accepted portable-oxygen records peak at
 * 188-196 MB against 209-216 MB uncapped, in the same time (14.4-15.5 s against 13.8-15.6 s); 5 000
 * pet-ct records at 426 MB against 645 MB, 11 % slower (42.1 s against 37.9 s: more collections); a
 * million portable-oxygen records at 241 MB (243 MB uncapped). An earlier run, with chunks cut by bytes
 * only, gave 271 MB against 480-520 MB on 30 000 records, and a 48 MB cap made the collector thrash
 * (59 s against 13.7 s).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 } as const satisfies ResourceLimits;

interface Pending {
  readonly firstLine: number;
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: CnasRulesError) => void;
}

class WorkerSlot {
  readonly worker: Worker;
  /** Resolves when the worker has built its evaluator: to the issues when the rule set or date is refused. */
  readonly ready: Promise<readonly Issue[] | undefined>;
  /** Why the worker failed (its error, or how it exited), once it has. */
  failure: string | undefined;
  private readonly pending = new Map<number, Pending>();
  private closing = false;

  constructor(run: BatchRun) {
    this.worker = new Worker(workerUrl(), { workerData: { job: run.job, rulesDir: run.rulesDir }, resourceLimits: { ...WORKER_HEAP, ...run.resourceLimits } });
    this.ready = new Promise((resolve, reject) => {
      const fail = (reason: string) => {
        if (this.failure !== undefined) return;
        this.failure = reason;
        // Before it is ready a worker has no chunk, and the batch ends before any input is read (once it
        // is ready, this does nothing).
        reject(workerFailed(reason, undefined));
        // Every chunk it was given fails with the first line of the first, the chunk it was answering:
        // the output stops there, whichever of them the main thread awaits first.
        const first = this.pending.values().next().value;
        for (const waiting of this.pending.values()) waiting.reject(workerFailed(reason, first!.firstLine));
        this.pending.clear();
      };
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY under `resourceLimits`), or an error the worker did not catch.
      this.worker.on('error', (error: unknown) => fail(describeError(error)));
      // Stopped in any other way while the batch still needs it (no 'error' event comes then).
      this.worker.on('exit', (code) => {
        if (!this.closing) fail(`the worker stopped with exit code ${code}`);
      });
      this.worker.on('message', (message: { ready?: true; refused?: readonly Issue[]; seq?: number; bytes?: Uint8Array }) => {
        if (message.ready) resolve(undefined);
        else if (message.refused) resolve(message.refused);
        else {
          const waiting = this.pending.get(message.seq!);
          this.pending.delete(message.seq!);
          waiting?.resolve(message.bytes!);
        }
      });
    });
    // Awaited by runBatch; a failure before then must not be reported as unhandled.
    this.ready.catch(() => {});
  }

  get busy(): number {
    return this.pending.size;
  }

  /**
   * Hands the worker a chunk of raw input, whole lines only (its buffer is transferred, not copied), and
   * resolves to the output lines of the chunk, UTF-8 encoded, each ended by a newline; rejects with
   * `batch_worker_failed` if the worker fails before answering (or has failed already).
   */
  send(seq: number, firstLine: number, input: Uint8Array): Promise<Uint8Array> {
    if (this.failure !== undefined) return Promise.reject(workerFailed(this.failure, firstLine));
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { firstLine, resolve, reject });
      this.worker.postMessage({ seq, firstLine, input }, [input.buffer as ArrayBuffer]);
    });
  }

  /** Ends the worker; its exit is then no failure. */
  close(): Promise<number> {
    this.closing = true;
    return this.worker.terminate();
  }
}

/** What a worker's 'error' event says: `ERR_WORKER_OUT_OF_MEMORY: Worker terminated due to reaching memory limit: ...`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  return `${(error as Error & { code?: unknown }).code ?? error.name}: ${error.message}`;
}

/**
 * A worker failed: the output stops before `line`, the first line of the chunk it was answering, or of
 * the next chunk when it failed between two (undefined when it failed before any input was read).
 */
function workerFailed(reason: string, line: number | undefined): CnasRulesError {
  return new CnasRulesError([makeIssue('batch_worker_failed', [], line === undefined ? { reason } : { reason, line })]);
}

/**
 * Most lines in one chunk. A worker holds a chunk's output several times over while it builds it (the
 * lines' JSON, joined, encoded), and a line's output can be thousands of times its input: at detail full
 * a pet-ct decision is about 570 kB of JSON whether its facts take 3 bytes (`{}`) or 2 kB. Cut by bytes
 * alone, 16 kB of pet-ct lines of three facts (about 90 bytes each) made chunks of about 100 MB of
 * output, which ran a worker out of its 96 MB (and took 2.2 GB uncapped). 16 lines keep a chunk's output
 * near 9 MB whatever the lines, and cost nothing measurable at detail outcome (120 000 portable-oxygen
 * records: 22.7-24.7 s of CPU against 23.1-24.4 s with chunks of 16 kB).
 */
const CHUNK_LINES = 16;

/**
 * Streams NDJSON facts through worker threads. A rule set or date that is refused rejects with a
 * {@link CnasRulesError} before any input is read. The main thread only cuts the input into chunks of
 * whole lines (at newline bytes: it never decodes, splits or copies lines one by one), counts their
 * line ends for the line numbers, hands each chunk's bytes to the least busy worker, and writes the
 * encoded output chunks back in input order; the workers decode, parse, evaluate and encode. At most
 * a few chunks per worker are in flight, and reading waits for them. A line longer than
 * {@link LIMITS.maxBatchLineBytes} is never held whole: what was read of it is dropped, the rest is
 * skipped up to its end, and it gets an `input_too_large` error line in its place; so the main thread
 * holds at most a chunk and one line's worth of input whatever the input, and a worker's memory is
 * bounded too. A worker that fails (out of memory, say) ends the batch with a {@link CnasRulesError}
 * (`batch_worker_failed`) naming the first line of the chunk it was answering: the output then holds
 * every line before it and none from it on. Resolves to the number of lines.
 */
export async function runBatch(run: BatchRun, streams: BatchStreams): Promise<number> {
  // 16 kB or 16 lines per message, whichever comes first (16 of the benchmark's portable-oxygen lines are
  // about 9 kB): a message costs a few microseconds, and smaller chunks keep fewer full-detail decisions
  // (about 50 kB of JSON each at portable-oxygen, 570 kB at pet-ct) in flight.
  const chunkBytes = Math.max(1, run.chunkBytes ?? 16 * 1024);
  const chunkLines = Math.max(1, run.chunkLines ?? CHUNK_LINES);
  const maxLineBytes = Math.max(1, run.maxLineBytes ?? LIMITS.maxBatchLineBytes);
  const slots = Array.from({ length: Math.max(1, run.workers) }, () => new WorkerSlot(run));
  const maxInFlight = slots.length * 3;
  const progress = streams.progress?.isTTY ? new Progress(streams.progress, streams.inputBytes) : undefined;
  try {
    const refused = (await Promise.all(slots.map((s) => s.ready))).find((issues) => issues !== undefined);
    if (refused) throw new CnasRulesError(refused);
    const inFlight: Array<Promise<Uint8Array>> = [];
    const writeNext = async () => {
      const bytes = await inFlight.shift()!;
      if (!streams.output.write(bytes)) await once(streams.output, 'drain');
    };
    let seq = 0;
    let lines = 0;
    let bytesRead = 0;
    const enqueue = async (answer: Promise<Uint8Array>) => {
      // Awaited in order by writeNext; a worker's failure can reject it before then, which must not be
      // reported as unhandled.
      answer.catch(() => {});
      inFlight.push(answer);
      while (inFlight.length >= maxInFlight) await writeNext();
      progress?.update(lines, bytesRead);
    };
    /** Hands `count` whole lines (the input's last line may lack its newline) to the least busy worker. */
    const dispatch = (chunk: Uint8Array, count: number) => {
      const firstLine = lines + 1;
      lines += count;
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      return enqueue(slot.send(seq++, firstLine, chunk));
    };
    /** The error line of a line over the limit, in its place in the output: its bytes are already encoded. */
    const refuseLongLine = () => enqueue(Promise.resolve(longLineError(++lines, maxLineBytes)));
    // The input read since the last chunk was cut: pieces of the stream's buffers, joined when cut,
    // holding `complete` whole lines and then the first `partial` bytes of a line whose end has not come.
    let carry: Uint8Array[] = [];
    let carried = 0;
    let complete = 0;
    let partial = 0;
    // Inside a line over the limit: its bytes are skipped, not held, up to its newline.
    let skipping = false;
    // Set when a worker has failed: reading stops, and the chunks before its first unanswered one are written.
    let failed: WorkerSlot | undefined;
    reading: for await (const data of streams.input as AsyncIterable<Uint8Array | string>) {
      const buffer = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      bytesRead += buffer.length;
      // buffer[start, at) holds whole lines not yet carried; `at` is where the next line (or its rest) starts.
      let start = 0;
      let at = 0;
      while (at < buffer.length) {
        const newline = buffer.indexOf(10, at);
        const end = newline === -1 ? buffer.length : newline;
        if (skipping) {
          if (newline !== -1) skipping = false;
          start = at = end + 1;
          continue;
        }
        if (partial + (end - at) > maxLineBytes) {
          // The whole lines before it go on; what was carried of this line is dropped.
          const before = carried - partial + (at - start);
          if (complete > 0) await dispatch(joined(carry, before, buffer.subarray(start, at)), complete);
          await refuseLongLine();
          carry = [];
          carried = complete = partial = 0;
          skipping = true;
          start = at = end;
          continue;
        }
        if (newline === -1) {
          partial += end - at;
          at = end;
          break;
        }
        complete++;
        partial = 0;
        at = newline + 1;
        if (complete >= chunkLines || carried + (at - start) >= chunkBytes) {
          await dispatch(joined(carry, carried + (at - start), buffer.subarray(start, at)), complete);
          carry = [];
          carried = complete = 0;
          start = at;
          failed = slots.find((s) => s.failure !== undefined);
          if (failed) break reading;
        }
      }
      if (!skipping && at > start) {
        carry.push(buffer.subarray(start, at));
        carried += at - start;
      }
    }
    // The last chunk; its last line lacks a newline when `partial` is not 0.
    if (!failed && carried > 0) await dispatch(joined(carry, carried, undefined), complete + (partial > 0 ? 1 : 0));
    // Rejects at the first chunk a failed worker did not answer, once every chunk before it is written.
    while (inFlight.length > 0) await writeNext();
    // A worker that failed with no chunk of its own: the output holds every line read so far.
    if (failed) throw workerFailed(failed.failure!, lines + 1);
    progress?.done(lines);
    return lines;
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
}

/**
 * The output line of an input line over the limit: `input_too_large` rather than `invalid_line`, whose
 * message says the line "is not a JSON object of facts", which nobody checked (the line is not read);
 * `input_too_large` says what was found, and is the code the facts' own size limits use.
 */
function longLineError(line: number, limit: number): Uint8Array {
  const issue = makeIssue('input_too_large', [], {
    what: 'the input line',
    whatRo: 'linia de intrare',
    reason: `it has more than ${limit} bytes (its line end aside); a batch reads at most ${limit} bytes of a line`,
    reasonRo: `are mai mult de ${limit} de octeți (fără sfârșitul de linie); comanda batch citește cel mult ${limit} de octeți dintr-o linie`,
    limit,
  });
  return Buffer.from(`${refusedLine(line, issue)}\n`);
}

/** The first `length` bytes of the pieces and then `last`, in one buffer of its own, transferable to a worker. */
function joined(pieces: readonly Uint8Array[], length: number, last: Uint8Array | undefined): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of [...pieces, ...(last ? [last] : [])]) {
    if (at >= length) break;
    const taken = piece.subarray(0, length - at);
    out.set(taken, at);
    at += taken.length;
  }
  return out;
}

/** A progress line on a terminal: records, rate and, when the input size is known, time left. */
class Progress {
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly out: Writable,
    private readonly totalBytes: number | undefined,
  ) {}

  update(records: number, bytes: number): void {
    const now = Date.now();
    if (now - this.last < 500) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = records / Math.max(seconds, 0.001);
    let left = '';
    if (this.totalBytes && bytes > 0) {
      const remaining = (seconds * (this.totalBytes - bytes)) / bytes;
      left = `, about ${formatSeconds(remaining)} left`;
    }
    this.out.write(`\r${records.toLocaleString('en-US')} records, ${Math.round(rate).toLocaleString('en-US')}/s${left}   `);
  }

  done(records: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    this.out.write(`\r${records.toLocaleString('en-US')} records in ${formatSeconds(seconds)}${' '.repeat(20)}\n`);
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
