import { PassThrough, Readable, Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/batch/evaluate-lines.js';
import { runBatch } from '../src/batch/run-batch.js';
import { runBatchCommand } from '../src/cli/batch.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import type { BatchRecord } from '../src/evaluate/evaluate-many.js';
import { LIMITS } from '../src/ruleset/limits.js';

const evaluator = createEvaluator();
const asOf = '2025-03-10';
const patients = [
  { mmrcScore: 3 },
  { hasStationaryLtotIndication: true },
  { fev1VcRatioPct: 58, mmrcScore: 2, hasStationaryLtotIndication: false },
  {},
];

function sink(isTTY = false) {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; text: () => string };
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  stream.isTTY = isTTY;
  stream.text = () => text;
  return stream;
}

describe('evaluateMany', () => {
  it('yields one result per record, in order, each equal to evaluate', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ ruleSet: 'portable-oxygen', asOf, facts: patients[i % patients.length] }));
    records[5] = { ruleSet: 'portable-oxygen', asOf, facts: { mmrcScore: 'three' } as never };
    const results = [];
    for await (const result of evaluator.evaluateMany(records)) results.push(result);
    expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    expect(results[5]).toMatchObject({ ok: false, issues: [{ code: 'invalid_fact_type' }] });
    for (const [i, record] of records.entries()) {
      const { index: _index, ...result } = results[i]!;
      expect(result).toEqual(await evaluator.safeEvaluate(record.ruleSet, record.facts as Record<string, unknown>, { asOf }));
    }
  });

  it('reads an async iterable only as results are taken, so an endless input streams', async () => {
    let read = 0;
    async function* endless(): AsyncGenerator<BatchRecord> {
      for (;;) {
        read++;
        yield { ruleSet: 'portable-oxygen', asOf, facts: patients[read % patients.length] };
      }
    }
    const outcomes: string[] = [];
    for await (const result of evaluator.evaluateMany(endless(), { detail: 'outcome' })) {
      if (result.ok) outcomes.push(result.decision.outcome);
      if (outcomes.length === 25) break;
    }
    expect(outcomes).toHaveLength(25);
    expect(read).toBe(25);
  });
});

describe('the lines of a chunk of input', () => {
  it('end at LF or CRLF; a lone CR is white space; a chunk ends after a line end or at the end of the input', () => {
    expect(splitLines('a\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('\n\r\n')).toEqual(['', '']);
    expect(splitLines('a\rb\nc')).toEqual(['a\rb', 'c']);
    expect(splitLines('last')).toEqual(['last']);
    expect(splitLines('')).toEqual([]);
  });
});

describe('the batch command', { timeout: 120_000 }, () => {
  const input = [JSON.stringify(patients[0]), '', '{"mmrcScore":', JSON.stringify(patients[1]), '   ', JSON.stringify(patients[2]), '[1,2]'].join('\n');

  it('writes exactly one line per input line, in order, with its line number; empty and malformed lines are errors', async () => {
    const output = sink();
    const error = sink();
    const code = await runBatchCommand(['portable-oxygen', '--as-of', asOf, '--workers', '2'], { input: Readable.from([input]), output, error });
    expect(code).toBe(0);
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lines.map((l) => l.ok)).toEqual([true, false, false, true, false, true, false]);
    expect(lines[1].issues[0]).toMatchObject({ code: 'invalid_line' });
    expect(lines[2].issues[0].message.en).toContain('not valid JSON');
    expect(lines[6].issues[0]).toMatchObject({ code: 'invalid_facts' });
    expect(lines[3].decision).toEqual(await evaluator.evaluate('portable-oxygen', patients[1]!, { asOf }));
    // Standard error is not a terminal here: no progress line.
    expect(error.text()).toBe('');
  });

  it('takes an uncertain first day as the earliest with --accept-earliest-start, as evaluate does, and not without it', async () => {
    const facts = JSON.stringify(patients[1]);
    const run = async (flags: string[]) => {
      const output = sink();
      expect(await runBatchCommand(['portable-oxygen', '--as-of', asOf, '--workers', '1', ...flags], { input: Readable.from([`${facts}\n`]), output, error: sink() })).toBe(0);
      return JSON.parse(output.text()).decision;
    };
    const accepted = await evaluator.evaluate('portable-oxygen', patients[1]!, { asOf, acceptEarliestStart: true });
    const strict = await evaluator.evaluate('portable-oxygen', patients[1]!, { asOf });
    // The day is one the version may not yet be in force on: the two readings must differ for this test to mean anything.
    expect(strict.outcome).toBe('undetermined');
    expect(accepted.outcome).not.toBe('undetermined');
    expect(await run(['--accept-earliest-start'])).toEqual(accepted);
    expect(await run([])).toEqual(strict);
  });

  it('keeps the input order across workers and chunks, and shows progress only on a terminal', async () => {
    const many = Array.from({ length: 500 }, (_, i) => (i % 97 === 0 ? '' : JSON.stringify(patients[i % patients.length])));
    const output = sink();
    const progress = sink(true);
    const count = await runBatch(
      { job: { ruleSet: 'portable-oxygen', asOf, detail: 'outcome' }, workers: 2, chunkBytes: 7 },
      { input: Readable.from([many.join('\n')]), output, progress },
    );
    expect(count).toBe(500);
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual(many.map((_, i) => i + 1));
    const outcomes = lines.map((l) => (l.ok ? l.decision.outcome : 'error'));
    const expected = await Promise.all(
      many.map(async (text) => (text === '' ? 'error' : (await evaluator.evaluate('portable-oxygen', JSON.parse(text), { asOf })).outcome)),
    );
    expect(outcomes).toEqual(expected);
    expect(progress.text()).toContain('500 records');
  });

  it('cuts raw input into chunks anywhere: inside a line, inside a character, around CRLF, a huge line, no final newline', async () => {
    const huge = `{"mmrcScore":3${' '.repeat(300_000)}}`;
    const texts = [JSON.stringify(patients[1]), '{"ăîșț":1}', huge, '', JSON.stringify(patients[2]), '{"mmrcScore":\r3}', JSON.stringify(patients[0])];
    // CRLF line ends, and the input's last line has none.
    const bytes = Buffer.from(texts.join('\r\n'));
    // The stream hands over 5 bytes at a time: the two-byte letters are cut in half, and so is a CRLF.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.subarray(i * 5, i * 5 + 5));
    for (const chunkBytes of [3, 64 * 1024]) {
      const output = sink();
      const count = await runBatch(
        { job: { ruleSet: 'portable-oxygen', asOf, detail: 'outcome' }, workers: 2, chunkBytes },
        { input: Readable.from(pieces), output },
      );
      expect(count).toBe(texts.length);
      const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(lines.map((l) => l.ok)).toEqual([true, false, true, false, true, true, true]);
      expect(lines[1].issues[0].path).toEqual(['facts', 'ăîșț']);
      expect(lines[3].issues[0]).toMatchObject({ code: 'invalid_line' });
      for (const i of [0, 2, 4, 5, 6]) {
        const facts = JSON.parse(texts[i]!) as Record<string, unknown>;
        expect(lines[i].decision, `line ${i + 1}`).toEqual(await evaluator.evaluate('portable-oxygen', facts, { asOf, detail: 'outcome' }));
      }
    }
  });

  it('refuses a line over the byte limit unread: one input_too_large line in its place, the lines around it as before', async () => {
    const limit = 100;
    const texts = [
      JSON.stringify(patients[1]),
      `{"mmrcScore":3${' '.repeat(limit - 15)} }`,
      // Exactly at the limit: read and evaluated.
      `{"mmrcScore":3${' '.repeat(limit - 15)}}`,
      // Longer than a stream piece, a chunk and the limit together.
      'x'.repeat(10_000),
      '',
      // 70 characters but 115 bytes: the limit is on bytes, before any decoding.
      `{"mmrcScore":3,"note":"${'ș'.repeat(45)}"}`,
      JSON.stringify(patients[2]),
      // The input's last line, without a newline.
      'y'.repeat(limit + 1),
    ];
    expect(Buffer.byteLength(texts[2]!)).toBe(limit);
    const bytes = Buffer.from(texts.join('\n'));
    for (const [pieceBytes, chunkBytes] of [[5, 3], [5, 64 * 1024], [bytes.length, 3], [bytes.length, 64 * 1024]] as const) {
      const pieces = Array.from({ length: Math.ceil(bytes.length / pieceBytes) }, (_, i) => bytes.subarray(i * pieceBytes, (i + 1) * pieceBytes));
      const output = sink();
      const count = await runBatch(
        { job: { ruleSet: 'portable-oxygen', asOf, detail: 'outcome' }, workers: 2, chunkBytes, maxLineBytes: limit },
        { input: Readable.from(pieces), output },
      );
      const where = `pieces of ${pieceBytes} bytes, chunks of ${chunkBytes}`;
      expect(count, where).toBe(texts.length);
      const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.line), where).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(lines.map((l) => l.ok), where).toEqual([true, false, true, false, false, false, true, false]);
      for (const i of [1, 3, 5, 7]) {
        expect(lines[i].issues, `${where}, line ${i + 1}`).toMatchObject([{ code: 'input_too_large', path: [], params: { limit } }]);
        expect(lines[i].issues[0].message.en).toBe(`the input line is too large: it has more than ${limit} bytes (its line end aside); a batch reads at most ${limit} bytes of a line`);
        expect(lines[i].issues[0].message.ro).toContain(`mai mult de ${limit} de octeți`);
      }
      expect(lines[4].issues[0]).toMatchObject({ code: 'invalid_line' });
      for (const i of [0, 2, 6]) {
        const facts = JSON.parse(texts[i]!) as Record<string, unknown>;
        expect(lines[i].decision, `${where}, line ${i + 1}`).toEqual(await evaluator.evaluate('portable-oxygen', facts, { asOf, detail: 'outcome' }));
      }
    }
  });

  it('reads lines of up to LIMITS.maxBatchLineBytes by default', async () => {
    const atLimit = `{"mmrcScore":3${' '.repeat(LIMITS.maxBatchLineBytes - 15)}}`;
    const output = sink();
    const code = await runBatchCommand(['portable-oxygen', '--as-of', asOf, '--workers', '1', '--detail', 'outcome'], {
      input: Readable.from([`${atLimit}\n${atLimit} \n${JSON.stringify(patients[0])}\n`]),
      output,
      error: sink(),
    });
    expect(code).toBe(0);
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, true], [2, false], [3, true]]);
    expect(lines[1].issues[0]).toMatchObject({ code: 'input_too_large', params: { limit: 1_048_576 } });
  });

  it('cuts a chunk after 16 lines, so short lines with large decisions stay within the workers\' capped heap', async () => {
    // At detail full a pet-ct decision is about 570 kB of JSON, even for `{}`: 300 such lines are 900
    // bytes of input, one chunk if cut by bytes alone, and some 170 MB of output, more than a worker's
    // old generation of 96 MB can build. 16 lines at a time are about 9 MB.
    const count = 300;
    let lines = 0;
    // The first characters of the line being written: only each line's start is kept, the whole output
    // would be 170 MB of text in the test.
    let partial = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const piece = chunk.toString('latin1');
        let from = 0;
        for (let end = piece.indexOf('\n'); end !== -1; end = piece.indexOf('\n', from)) {
          const start = (partial + piece.slice(from, Math.min(end, from + 100))).slice(0, 100);
          lines++;
          if (!start.startsWith(`{"line":${lines},"ok":true,"decision":{"ruleSet":"pet-ct"`)) throw new Error(`line ${lines}: ${start}`);
          partial = '';
          from = end + 1;
        }
        partial += piece.slice(from, from + 100 - partial.length);
        done();
      },
    });
    const read = await runBatch(
      { job: { ruleSet: 'pet-ct', asOf: '2019-03-10', detail: 'full' }, workers: 2 },
      { input: Readable.from([`${'{}\n'.repeat(count)}`]), output },
    );
    expect(read).toBe(count);
    expect(lines).toBe(count);
  });

  it('ends with batch_worker_failed (exit 70) when a worker stops: the output holds every line before the one named, none after', async () => {
    // A real failure, with no hook in the batch: Node announces every worker the process starts
    // ('worker' event), and the test terminates the batch's only worker while lines are still coming.
    // A terminated worker exits with code 1 and emits no 'error' (as a worker killed some other way);
    // before, the chunks it held were never answered and the batch waited for ever.
    const workers: Worker[] = [];
    const onWorker = (worker: Worker) => workers.push(worker);
    process.on('worker', onWorker);
    const output = sink();
    const error = sink();
    // Lines of 16 kB, one chunk each, so that lines reach the worker while the input is still open.
    const line = `{"mmrcScore":3${' '.repeat(16 * 1024)}}`;
    async function* input() {
      for (let i = 0; i < 6; i++) yield `${line}\n`;
      while (!output.text().includes('"line":2,')) await new Promise((resolve) => setTimeout(resolve, 5));
      await workers[0]!.terminate();
      for (let i = 0; i < 6; i++) yield `${line}\n`;
    }
    let code: number;
    try {
      code = await runBatchCommand(['portable-oxygen', '--as-of', asOf, '--workers', '1', '--detail', 'outcome'], { input: Readable.from(input()), output, error });
    } finally {
      process.off('worker', onWorker);
    }
    expect(workers).toHaveLength(1);
    expect(code).toBe(70);
    // The line the output stops at: the first of the chunks the worker held when it stopped, or the
    // next chunk's when it held none (which depends on timing).
    const stop = Number(/^\/: batch_worker_failed: a batch worker failed at input line (\d+) \(the worker stopped with exit code 1\): the output holds every line before it and none from it on\n$/.exec(error.text())?.[1]);
    expect(stop).toBeGreaterThanOrEqual(3);
    expect(stop).toBeLessThanOrEqual(7);
    const lines = output.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.ok])).toEqual(Array.from({ length: stop - 1 }, (_, i) => [i + 1, true]));
  });

  it('ends with a typed batch_worker_failed when a worker runs out of memory', async () => {
    // A real out-of-memory: a heap far too small for a worker to load its rule set, through BatchRun's
    // internal resourceLimits (not a CLI option; runBatch is not exported by the package). The worker
    // fails before it is ready, so no line is named and no input is read.
    const run = runBatch(
      { job: { ruleSet: 'portable-oxygen', asOf, detail: 'outcome' }, workers: 2, resourceLimits: { maxOldGenerationSizeMb: 8 } },
      { input: Readable.from(['{}\n']), output: sink() },
    );
    const error = await run.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CnasRulesError);
    const issues = (error as CnasRulesError).issues;
    expect(issues).toMatchObject([{ code: 'batch_worker_failed', path: [] }]);
    expect(issues[0]!.params).toEqual({ reason: expect.stringMatching(/^ERR_WORKER_OUT_OF_MEMORY: /) });
    expect(issues[0]!.message.en).toMatch(/^a batch worker failed before any input was read \(ERR_WORKER_OUT_OF_MEMORY: .*memory limit/);
    expect(issues[0]!.message.ro).toMatch(/^un fir de execuție al comenzii batch a eșuat înainte de citirea intrării \(ERR_WORKER_OUT_OF_MEMORY: /);
  });

  it('refuses an unknown rule set or a date with no version once, before reading, and a bad command line', async () => {
    const error = sink();
    // The input is never read: reading it would fail the command with another error.
    const unread = new Readable({
      read() {
        this.destroy(new Error('the input was read'));
      },
    });
    expect(await runBatchCommand(['no-such-set', '--as-of', asOf, '--workers', '2'], { input: unread, output: sink(), error })).toBe(3);
    expect(error.text().match(/unknown_rule_set/g)).toHaveLength(1);
    expect(error.text()).toContain('unknown_rule_set');
    expect(await runBatchCommand(['portable-oxygen', '--as-of', '2000-01-01'], { input: Readable.from(['']), output: sink(), error })).toBe(3);
    expect(await runBatchCommand(['portable-oxygen', '--as-of', asOf, '--workers', '0'], { input: Readable.from(['']), output: sink(), error: sink() })).toBe(2);
    expect(await runBatchCommand(['portable-oxygen'], { input: Readable.from(['']), output: sink(), error: sink() })).toBe(2);
  });
});
