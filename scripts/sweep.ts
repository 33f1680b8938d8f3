/**
 * Long runs that do not fit in CI (docs/performance.md gives the commands and the latest figures):
 *
 *   npx tsx scripts/sweep.ts differential [--patients 1000000]
 *     The differential test (test/engines-*.test.ts) on that many generated patients in all, shared
 *     evenly by the rule sets: both engines must give identical decisions on every one.
 *
 *   npx tsx scripts/sweep.ts batch [--records 1000000] [--set portable-oxygen] [--as-of 2025-03-10] [--workers N]
 *     Streams that many generated patients through the built CLI (`npm run build` first):
 *     `cnas-rules batch`, reading a pipe; checks one output line per input line, in order, and reports
 *     the rate and the peak memory (resident set) of the batch process, sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createEvaluator } from '../src/create-evaluator.js';
import { patientFor, seededRandom } from '../test/support/population.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    patients: { type: 'string', default: '1000000' },
    records: { type: 'string', default: '1000000' },
    set: { type: 'string', default: 'portable-oxygen' },
    'as-of': { type: 'string', default: '2025-03-10' },
    workers: { type: 'string' },
  },
});

async function differential(total: number): Promise<number> {
  const sets = createEvaluator().ruleSets().length;
  const perSet = Math.ceil(total / sets);
  console.log(`differential sweep: ${perSet} generated patients per rule set, ${sets} rule sets (${perSet * sets} in all)`);
  const child = spawn('npx', ['vitest', 'run', 'test/engines-1.test.ts', 'test/engines-2.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CNAS_DIFFERENTIAL_PATIENTS: String(perSet) },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}

/** The peak resident set of a process so far, in MiB (Linux), or undefined where /proc has no answer. */
function peakMiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function batch(records: number, ruleSet: string, asOf: string, workers: string | undefined): Promise<number> {
  const data = createEvaluator({ ruleSets: [ruleSet] }).versionInForce(ruleSet, asOf).data;
  const args = ['dist/cli.js', 'batch', ruleSet, '--as-of', asOf, '--detail', 'outcome', ...(workers ? ['--workers', workers] : [])];
  console.log(`batch sweep: ${records} generated patients of ${ruleSet} on ${asOf}: node ${args.join(' ')}`);
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakMiB(child.pid!) ?? 0)), 250);

  // Input written as the child reads it (backpressure), so the generator never holds the population.
  const writing = (async () => {
    const random = seededRandom(20260303);
    for (let i = 0; i < records; i++) {
      const line = `${JSON.stringify(patientFor(data, asOf, random))}\n`;
      if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
  })();

  let lines = 0;
  let refused = 0;
  let outOfOrder = 0;
  for await (const text of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    lines += 1;
    const result = JSON.parse(text) as { line: number; ok: boolean };
    if (result.line !== lines) outOfOrder += 1;
    if (!result.ok) refused += 1;
    if (lines % 100_000 === 0) console.log(`  ${lines} lines, ${Math.round(lines / ((performance.now() - started) / 1000))}/s, peak ${peak.toFixed(0)} MiB`);
  }
  await writing;
  const code = child.exitCode ?? ((await once(child, 'exit')) as [number | null])[0];
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const summary = { records, lines, refused, outOfOrder, exitCode: code, seconds: Math.round(seconds), perSecond: Math.round(lines / seconds), peakMiB: Math.round(peak) };
  console.log(JSON.stringify(summary));
  return code === 0 && lines === records && outOfOrder === 0 ? 0 : 1;
}

const [mode] = positionals;
if (mode === 'differential') process.exitCode = await differential(Number(values.patients));
else if (mode === 'batch') process.exitCode = await batch(Number(values.records), values.set!, values['as-of']!, values.workers);
else {
  console.error('usage: npx tsx scripts/sweep.ts differential [--patients N] | batch [--records N] [--set id] [--as-of date] [--workers N]');
  process.exitCode = 2;
}
