import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import type { BatchJob } from './evaluate-lines.js';

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

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

class WorkerSlot {
  readonly worker: Worker;
  /** Resolves when the worker has built its evaluator: to the issues when the rule set or date is refused. */
  readonly ready: Promise<readonly Issue[] | undefined>;
  private readonly pending = new Map<number, Pending>();

  constructor(run: BatchRun) {
    // A young generation of 16 MB instead of V8's default for a worker: about 35 MB less resident per
    // worker, for the same CPU time (each decision's garbage is short-lived and small).
    this.worker = new Worker(workerUrl(), { workerData: { job: run.job, rulesDir: run.rulesDir }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
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
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  get busy(): number {
    return this.pending.size;
  }

  /**
   * Hands the worker a chunk of raw input, whole lines only (its buffer is transferred, not copied), and
   * resolves to the output lines of the chunk, UTF-8 encoded, each ended by a newline.
   */
  send(seq: number, firstLine: number, input: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, firstLine, input }, [input.buffer as ArrayBuffer]);
    });
  }
}

/**
 * Streams NDJSON facts through worker threads. A rule set or date that is refused rejects with a
 * {@link CnasRulesError} before any input is read. The main thread only cuts the input into chunks of
 * whole lines (at a newline byte: it never decodes, splits or copies lines one by one), counts their
 * line ends for the line numbers, hands each chunk's bytes to the least busy worker, and writes the
 * encoded output chunks back in input order; the workers decode, parse, evaluate and encode. At most
 * a few chunks per worker are in flight, and reading waits for them, so memory stays flat whatever the
 * input size (a single line longer than a chunk is held whole). Resolves to the number of lines.
 */
export async function runBatch(run: BatchRun, streams: BatchStreams): Promise<number> {
  // 16 kB per message (about 80 lines of generated facts): a message costs a few microseconds, and
  // smaller chunks keep fewer full-detail decisions (about 20 kB of JSON each) in flight.
  const chunkBytes = Math.max(1, run.chunkBytes ?? 16 * 1024);
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
    const dispatch = async (chunk: Uint8Array, endsWithNewline: boolean) => {
      const firstLine = lines + 1;
      lines += countNewlines(chunk) + (endsWithNewline ? 0 : 1);
      bytesRead += chunk.length;
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      inFlight.push(slot.send(seq++, firstLine, chunk));
      while (inFlight.length >= maxInFlight) await writeNext();
      progress?.update(lines, bytesRead);
    };
    // The bytes read since the last chunk was cut: pieces of the stream's buffers, joined when cut.
    let carry: Uint8Array[] = [];
    let carried = 0;
    for await (const data of streams.input as AsyncIterable<Uint8Array | string>) {
      const buffer = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      let start = 0;
      while (start < buffer.length) {
        const from = Math.max(start, start + chunkBytes - carried - 1);
        const newline = from < buffer.length ? buffer.indexOf(10, from) : -1;
        if (newline === -1) {
          carry.push(buffer.subarray(start));
          carried += buffer.length - start;
          break;
        }
        await dispatch(joined(carry, carried, buffer.subarray(start, newline + 1)), true);
        carry = [];
        carried = 0;
        start = newline + 1;
      }
    }
    // The last line, when the input does not end with a newline.
    if (carried > 0) await dispatch(joined(carry, carried, undefined), false);
    while (inFlight.length > 0) await writeNext();
    progress?.done(lines);
    return lines;
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** The pieces in one buffer of its own, transferable to a worker. */
function joined(pieces: readonly Uint8Array[], length: number, last: Uint8Array | undefined): Uint8Array {
  const out = new Uint8Array(length + (last?.length ?? 0));
  let at = 0;
  for (const piece of [...pieces, ...(last ? [last] : [])]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
  return count;
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
