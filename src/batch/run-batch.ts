import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
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
  /** Lines per message to a worker. */
  readonly chunkLines?: number;
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
  readonly ready: Promise<void>;
  private readonly pending = new Map<number, Pending>();

  constructor(run: BatchRun) {
    // A young generation of 16 MB instead of V8's default for a worker: about 35 MB less resident per
    // worker, for the same CPU time (each decision's garbage is short-lived and small).
    this.worker = new Worker(workerUrl(), { workerData: { job: run.job, rulesDir: run.rulesDir }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.on('message', (message: { ready?: true; seq?: number; bytes?: Uint8Array }) => {
        if (message.ready) resolve();
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

  /** Resolves to the output lines of the chunk, UTF-8 encoded, each ended by a newline. */
  send(seq: number, firstLine: number, lines: string[]): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, firstLine, lines });
    });
  }
}

/**
 * Streams NDJSON facts through worker threads: lines are read in chunks, each chunk goes to the
 * least busy worker, and the outputs are written in input order. At most a few chunks per worker
 * are in flight, and reading waits for them, so memory stays flat whatever the input size.
 * Resolves to the number of lines.
 */
export async function runBatch(run: BatchRun, streams: BatchStreams): Promise<number> {
  // 64 lines per message: the cost of a message is a few microseconds a line, and smaller chunks keep
  // fewer full-detail decisions (about 20 kB of JSON each) in flight.
  const chunkLines = run.chunkLines ?? 64;
  const slots = Array.from({ length: Math.max(1, run.workers) }, () => new WorkerSlot(run));
  const maxInFlight = slots.length * 3;
  const progress = streams.progress?.isTTY ? new Progress(streams.progress, streams.inputBytes) : undefined;
  try {
    await Promise.all(slots.map((s) => s.ready));
    const inFlight: Array<Promise<Uint8Array>> = [];
    let written = 0;
    const writeNext = async () => {
      const bytes = await inFlight.shift()!;
      if (!streams.output.write(bytes)) await once(streams.output, 'drain');
    };
    let seq = 0;
    let lineNumber = 0;
    let lines: string[] = [];
    let bytes = 0;
    const dispatch = async () => {
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      inFlight.push(slot.send(seq++, lineNumber - lines.length + 1, lines));
      written += lines.length;
      lines = [];
      while (inFlight.length >= maxInFlight) await writeNext();
      progress?.update(written, bytes);
    };
    const reader = createInterface({ input: streams.input, crlfDelay: Infinity });
    for await (const line of reader) {
      lineNumber++;
      if (progress) bytes += Buffer.byteLength(line) + 1;
      lines.push(line);
      if (lines.length >= chunkLines) await dispatch();
    }
    if (lines.length > 0) await dispatch();
    while (inFlight.length > 0) await writeNext();
    progress?.done(lineNumber);
    return lineNumber;
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
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
