// The speed benchmark: explained decisions of both engines at each detail level against plain
// json-rules-engine on the same conditions (and a hand-written function for portable-oxygen), cold
// start, peak memory and batch throughput. A script, never a timed test.
// Run: npm run bench   (builds first; BENCH_PATIENTS, BENCH_ROUNDS, BENCH_BATCH_RECORDS change the sizes)
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Engine } from 'json-rules-engine';
import { createEvaluator } from '../dist/index.js';
import type { Condition, Decision, RuleVersionFile } from '../src/index.js';
import { caseFacts, patientFor, seededRandom } from '../test/support/population.js';

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH_RECORDS = Number(process.env.BENCH_BATCH_RECORDS ?? 200_000);
const SEED = 14;
const SETS = [
  { id: 'portable-oxygen', asOf: '2025-03-10' },
  { id: 'dz-t1-cgm', asOf: '2020-03-10' },
  { id: 'pet-ct', asOf: '2019-03-10' },
];
const DETAILS = ['full', 'criteria', 'outcome'] as const;
const dist = new URL('../dist/', import.meta.url);

// What the texts decide: a version with an uncertain first day is taken as in force from its earliest day
// (otherwise every decision on such a version is undetermined and the agreement checks would be vacuous).
const reference = createEvaluator({ engine: 'json-rules-engine', acceptEarliestStart: true });
const compiled = createEvaluator({ engine: 'compiled', acceptEarliestStart: true });

// ---------------------------------------------------------------------------------------------
// The baselines: the version's conditions as one plain json-rules-engine rule (criterion
// references inlined, a criterion that applies only when its appliesWhen holds written as
// `not appliesWhen or when`, atLeast as any, source gaps as a fact never given, `given` as the
// fact not being undefined), default
// operators on JS numbers, derived facts given ready-made: the two-valued answer a caller
// would get from json-rules-engine without the facade.

type Plain = Record<string, unknown>;

function plainCondition(condition: Condition, data: RuleVersionFile): Plain {
  if ('all' in condition) return { all: condition.all.map((c) => plainCondition(c, data)) };
  if ('any' in condition) return { any: condition.any.map((c) => plainCondition(c, data)) };
  if ('not' in condition) return { not: plainCondition(condition.not, data) };
  if ('atLeast' in condition) return { any: condition.of.map((c) => plainCondition(c, data)) };
  if ('sourceGap' in condition) return { fact: 'sourceGapText', operator: 'equal', value: true };
  if ('given' in condition) return { fact: condition.given, operator: 'notEqual', value: undefined };
  if ('criterion' in condition) {
    const criterion = data.criteria.find((c) => c.id === condition.criterion)!;
    const when = plainCondition(criterion.when, data);
    return criterion.appliesWhen ? { any: [{ not: plainCondition(criterion.appliesWhen, data) }, when] } : when;
  }
  const numeric = typeof condition.value === 'string' && /^-?\d+(\.\d+)?$/.test(condition.value);
  return { fact: condition.fact, operator: condition.operator, value: numeric ? Number(condition.value) : condition.value };
}

function plainEngine(data: RuleVersionFile): Engine {
  const outcome = data.outcome ?? { all: data.criteria.map((c) => ({ criterion: c.id })) };
  const conditions = plainCondition(outcome, data);
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: ('all' in conditions || 'any' in conditions ? conditions : { all: [conditions] }) as never, event: { type: 'met' } });
  return engine;
}

const asPlain = (value: unknown) => (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);

/** The facts as plain json-rules-engine takes them: the facts given and the derived ones, numbers as numbers. */
function plainFacts(given: Record<string, unknown>, decision: Decision): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(given)) if (value !== null && value !== undefined) facts[id] = asPlain(value);
  for (const criterion of Object.values(decision.criteria)) {
    for (const test of criterion.tests) {
      if (test.observed === null) continue;
      facts[test.fact] = asPlain(test.observed);
    }
  }
  return facts;
}

const ACTIVE = new Set(['employed', 'pupil-or-student-attending', 'other-active-situation', 'able-and-willing-outdoor-exertion']);
const PNEUMOLOGY = new Set(['pneumologie', 'pneumologie-pediatrica']);
/** portable-oxygen (2023-07-01), written by hand on the same ready-made facts: the floor. */
function oxygenByHand(f: Record<string, any>): boolean {
  const renewal = f.prescriptionType === 'renewal';
  return (
    f.hasStationaryLtotIndication === false &&
    (f.fev1VcRatioPct < 70 || f.tlcPctPredicted < 70 || f.dlcoPctPredicted < 60) &&
    f.mmrcScore >= 2 &&
    (f.hadAcuteExacerbation === false || f.monthsFromExacerbationToMmrc >= 1) &&
    f.sixMwtMinSpO2Pct < 88 &&
    (f.hadAcuteExacerbation === false || f.monthsFromExacerbationToSixMwt >= 1) &&
    f.physicianFindsPotentialBenefit === true &&
    ACTIVE.has(f.patientActivity) &&
    (!renewal || (f.daysPastYearFromLungTest <= 0 && f.daysPastYearFromMmrc <= 0 && f.daysPastYearFromSixMwt <= 0)) &&
    (!renewal || f.deviceMeanUsageHoursPerDay >= 1) &&
    (!renewal || f.indicationStatus === 'persists') &&
    PNEUMOLOGY.has(f.prescriberSpecialty) &&
    f.prescriberHasCasContract === true &&
    f.annex38aSignedAndStampedByPhysician === true &&
    f.annex38aSignedByInsured === true
  );
}

// ---------------------------------------------------------------------------------------------
// Timing

interface Variant {
  readonly name: string;
  readonly run: (i: number) => unknown;
  readonly times: number[];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function timeVariants(variants: Variant[], count: number): Promise<void> {
  for (const variant of variants) for (let i = 0; i < Math.min(count, 500); i++) await variant.run(i); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved: every variant runs once over the population in each round, so a slower or
    // busier moment of the machine falls on all of them alike.
    for (const variant of variants) {
      for (let i = 0; i < count; i++) {
        const start = process.hrtime.bigint();
        const result = variant.run(i);
        if (result instanceof Promise) await result;
        variant.times.push(Number(process.hrtime.bigint() - start) / 1000);
      }
    }
  }
}

interface Row {
  readonly name: string;
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
}

function summarize(variant: Variant): Row {
  const sorted = [...variant.times].sort((a, b) => a - b);
  const total = variant.times.reduce((a, b) => a + b, 0);
  return { name: variant.name, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), perSecond: (variant.times.length / total) * 1e6 };
}

/** Decisions per second over the patients `chosen` picks (times are pushed round by round, patient by patient). */
function perSecondOf(variant: Variant, chosen: readonly boolean[]): number {
  let count = 0;
  let total = 0;
  variant.times.forEach((time, k) => {
    if (!chosen[k % chosen.length]) return;
    count++;
    total += time;
  });
  return (count / total) * 1e6;
}

// ---------------------------------------------------------------------------------------------

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${PATIENTS} patients per set (seed ${SEED}), ${ROUNDS} interleaved rounds; times per decision\n`);

/** The accepted portable-oxygen population timed below, which is also the batch's input. */
let batchPatients: readonly Record<string, unknown>[] = [];

for (const { id, asOf } of SETS) {
  const version = reference.versionInForce(id, asOf);
  const random = seededRandom(SEED + id.length);
  // Half the population are the version's cases (written from the law, boundaries first: met, not
  // met and undetermined patients), evaluated on the benchmark's date; half are generated. Only
  // patients the facade accepts count (refusals are cheap and would flatter the figures).
  const cases = caseFacts(id, version.data.validFrom);
  const accepted: Array<{ facts: Record<string, unknown>; full: Decision }> = [];
  for (let k = 0; accepted.length < PATIENTS; k++) {
    const facts = k % 2 === 0 && cases.length > 0 ? cases[(k / 2) % cases.length]! : patientFor(version.data, asOf, random);
    const result = await reference.safeEvaluate(id, facts, { asOf });
    if (result.ok) accepted.push({ facts, full: result.decision });
  }
  const patients = accepted.map((p) => p.facts);
  if (id === 'portable-oxygen') batchPatients = patients;
  const plain = accepted.map((p) => plainFacts(p.facts, p.full));
  const engine = plainEngine(version.data);

  // Agreement before timing: the compiled engine gives the reference's decision at every level,
  // and the baselines give the reference's outcome wherever the facts decide it.
  for (const detail of DETAILS) {
    for (const facts of patients) {
      const [a, b] = [await reference.evaluate(id, facts, { asOf, detail }), await compiled.evaluate(id, facts, { asOf, detail })];
      if (!isDeepStrictEqual(a, b)) throw new Error(`${id}: the engines disagree at detail ${detail} on ${JSON.stringify(facts)}`);
    }
  }
  let decided = 0;
  let agreeing = 0;
  let handAgreeing = 0;
  for (const [i, { full }] of accepted.entries()) {
    if (full.outcome === 'undetermined') continue;
    decided++;
    const met = (await engine.run(plain[i]!)).results.length > 0;
    if (met === (full.outcome === 'met')) agreeing++;
    if (id === 'portable-oxygen' && oxygenByHand(plain[i]!) === (full.outcome === 'met')) handAgreeing++;
  }
  const outcomes = new Map<string, number>();
  for (const p of accepted) outcomes.set(p.full.outcome, (outcomes.get(p.full.outcome) ?? 0) + 1);
  console.log(
    `${id} @ ${asOf}: ${accepted.length} patients (${[...outcomes].map(([k, v]) => `${v} ${k}`).join(', ')}); engines identical at every level; ` +
      `plain json-rules-engine gives the same outcome on ${agreeing}/${decided} decided patients` +
      (id === 'portable-oxygen' ? `, the hand-written function on ${handAgreeing}/${decided}` : ''),
  );

  const variants: Variant[] = [
    { name: 'plain json-rules-engine (two-valued)', run: (i) => engine.run(plain[i]!), times: [] },
    ...DETAILS.map((detail) => ({ name: `engine json-rules-engine, detail ${detail}`, run: (i: number) => reference.evaluate(id, patients[i]!, { asOf, detail }), times: [] })),
    ...DETAILS.map((detail) => ({ name: `engine compiled, detail ${detail}`, run: (i: number) => compiled.evaluate(id, patients[i]!, { asOf, detail }), times: [] })),
    ...(id === 'portable-oxygen' ? [{ name: 'hand-written function (two-valued)', run: (i: number) => oxygenByHand(plain[i]!), times: [] }] : []),
  ];
  await timeVariants(variants, patients.length);
  const rows = variants.map(summarize);
  const base = rows[0]!;
  console.log(`  ${'variant'.padEnd(44)} ${'p50 µs'.padStart(9)} ${'p99 µs'.padStart(9)} ${'decisions/s'.padStart(12)} ${'throughput vs plain'.padStart(20)}`);
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(44)} ${fmt(row.p50).padStart(9)} ${fmt(row.p99).padStart(9)} ${Math.round(row.perSecond).toLocaleString('en-US').padStart(12)} ${`${fmt(row.perSecond / base.perSecond, 2)}×`.padStart(20)}`,
    );
  }
  // Plain json-rules-engine evaluates the known facts once; the facade also evaluates every completion of
  // the unknown facts a decision reads (so that it is decided whenever the known facts decide it), which
  // plain json-rules-engine never does. The same ratios, apart for the two kinds of patient:
  const direct = accepted.map((p) => p.full.completion.status === 'not_needed');
  const needing = direct.map((d) => !d);
  const needingCount = needing.filter(Boolean).length;
  const completions = accepted.reduce((n, p) => n + p.full.completion.completions, 0);
  const kinds = [
    { label: `decided without completions (${accepted.length - needingCount} patients)`, chosen: direct },
    { label: `needing completions (${needingCount} patients, ${fmt(completions / Math.max(1, needingCount))} each on average)`, chosen: needing },
  ].filter((kind) => kind.chosen.some(Boolean));
  for (const { label, chosen } of kinds) {
    const plainRate = perSecondOf(variants[0]!, chosen);
    console.log(`  throughput vs plain, ${label}: ${variants.slice(1).map((v) => `${v.name.replace('engine ', '').replace(', detail ', ' ')} ${fmt(perSecondOf(v, chosen) / plainRate, 2)}×`).join('; ')}`);
  }
  console.log();
}

// ---------------------------------------------------------------------------------------------
// Cold start: a fresh node process that imports the package as `import 'cnas-rules'` does under Node
// (dist/node.js), creates an evaluator for the sets and makes one decision per set on empty facts,
// minus a fresh node process that does nothing (median of 5). Once with the default engine of
// `evaluate` (json-rules-engine, imported on its first evaluation) and once with the compiled engine
// (the batch's default, which never imports json-rules-engine).

// Wall time, and the child's own CPU time (it prints process.cpuUsage() last): on a shared machine the
// wall time is mostly waiting, the CPU time is what the start-up costs.
function coldRun(args: string[]): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { user: number; system: number };
  return { wall, cpu: (usage.user + usage.system) / 1000 };
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cpuLine = 'console.log(JSON.stringify(process.cpuUsage()));';
const coldMedians = (args: string[]) => {
  const runs = Array.from({ length: 5 }, () => coldRun(args));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
};
const nodeAlone = coldMedians(['-e', cpuLine]);
const coldScript = (sets: string[], engine: string) =>
  `const m = await import(${JSON.stringify(new URL('node.js', dist).href)}); const e = m.createEvaluator({ engine: '${engine}', ruleSets: ${JSON.stringify(sets)} }); ` +
  `for (const s of ${JSON.stringify(sets)}) { const v = e.ruleSets().find((r) => r.id === s).versions.at(-1); await e.evaluate(s, {}, { asOf: v.validFrom }); } ${cpuLine}`;
console.log(`cold start beyond node's own start (${fmt(nodeAlone.wall, 0)} ms, CPU ${fmt(nodeAlone.cpu, 0)} ms), median of 5: import, load and compile, one decision per set`);
const allIds = reference.ruleSets().map((s) => s.id);
for (const sets of [...SETS.map((s) => [s.id]), allIds]) {
  const name = sets.length === 1 ? sets[0]! : `all ${sets.length} rule sets`;
  const cells = ['json-rules-engine', 'compiled'].map((engine) => {
    const { wall, cpu } = coldMedians(['--input-type=module', '-e', coldScript(sets, engine)]);
    return `${engine} ${fmt(wall - nodeAlone.wall, 0).padStart(5)} ms, CPU ${fmt(cpu - nodeAlone.cpu, 0).padStart(5)} ms`;
  });
  console.log(`  ${name.padEnd(24)} ${cells.join('; ')}`);
}
console.log();

// ---------------------------------------------------------------------------------------------
// Batch: the CLI on an NDJSON file, on one worker and on every core, output to /dev/null; peak
// memory (maximum resident set of the process and its worker threads) from /usr/bin/time.

const folder = mkdtempSync(join(tmpdir(), 'cnas-bench-'));
const input = join(folder, 'oxygen.ndjson');
{
  // The accepted population of the timing above, repeated: a batch of real decisions (generated facts
  // alone are mostly refused as contradictory, and a refusal costs a fraction of a decision).
  const lines = batchPatients.map((facts) => JSON.stringify(facts));
  const out = createWriteStream(input);
  for (let i = 0; i < BATCH_RECORDS; i += lines.length) {
    if (!out.write(`${lines.slice(0, Math.min(lines.length, BATCH_RECORDS - i)).join('\n')}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((resolve) => out.end(resolve));
}
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
// Wall time, and the CPU time of the whole process (every thread: main, workers, V8's helpers) from
// /usr/bin/time: on a shared machine the CPU per record still compares runs whose wall times do not.
function batchRun(workers: number, detail: string): { seconds: number; peakMb: number | undefined; cpuSeconds: number | undefined } {
  const cli = fileURLToPath(new URL('cli.js', dist));
  // As the timing above: the version's uncertain first day taken as its earliest, so lines are decided.
  const args = [cli, 'batch', 'portable-oxygen', '--as-of', '2025-03-10', '--accept-earliest-start', '--workers', String(workers), '--detail', detail];
  const stdin = openSync(input, 'r');
  const start = process.hrtime.bigint();
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, args, { stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(stdin);
  if (child.status !== 0) throw new Error(child.stderr);
  const [peakKb, user, system] = hasTime ? child.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  const cpuSeconds = user! + system!;
  return { seconds, peakMb: Number.isFinite(peakKb) ? peakKb! / 1024 : undefined, cpuSeconds: Number.isFinite(cpuSeconds) ? cpuSeconds : undefined };
}
const cores = availableParallelism();
console.log(
  `batch: ${BATCH_RECORDS.toLocaleString('en-US')} portable-oxygen records (the ${batchPatients.length} accepted patients above, repeated) through cnas-rules batch (compiled engine), output to /dev/null`,
);
for (const detail of ['outcome', 'full']) {
  const one = batchRun(1, detail);
  const all = batchRun(cores, detail);
  const rate = (r: { seconds: number }) => Math.round(BATCH_RECORDS / r.seconds).toLocaleString('en-US');
  const mem = (r: { peakMb: number | undefined; cpuSeconds: number | undefined }) =>
    (r.peakMb === undefined ? '' : `, peak ${fmt(r.peakMb, 0)} MB`) + (r.cpuSeconds === undefined ? '' : `, CPU ${fmt((r.cpuSeconds * 1e6) / BATCH_RECORDS, 0)} µs/record`);
  console.log(`  detail ${detail.padEnd(8)} 1 worker: ${rate(one)} records/s${mem(one)}; ${cores} workers: ${rate(all)} records/s${mem(all)}; ${fmt(one.seconds / all.seconds, 2)}× faster`);
}
rmSync(folder, { recursive: true });
console.log(`\npeak memory of this benchmark process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
