// Where an evaluation's time goes: evaluates the benchmark's population of one rule set (same seed,
// half cases, half generated patients) with one engine at one detail level, prints the wall and CPU
// time per decision, and with PROF=<file> writes a CPU profile of the timed loop only (open it in
// Chrome DevTools or summarise its self times). A script, never a timed test; it runs against dist/.
// Run: npm run build && SET=pet-ct DETAIL=outcome ENGINE=compiled PROF=/tmp/pet.cpuprofile npx tsx bench/profile.ts
// (HEAP=/tmp/pet.heapprofile writes where the loop allocates instead: open it in DevTools' Memory tab.)
// (KIND=direct or KIND=completed keeps only the patients decided without completions, or only those needing some;
// CAP sets completionCap, ROUNDS the passes over the population, DIST another build to compare with,
// e.g. DIST=/tmp/before/dist: the CPU time per decision of each round is printed as its minimum and median.)
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Api = typeof import('../dist/index.js');
const { createEvaluator } = (await import(
  process.env.DIST ? pathToFileURL(resolve(process.env.DIST, 'index.js')).href : '../dist/index.js'
)) as Api;
import { caseFacts, patientFor, seededRandom } from '../test/support/population.js';

const SET = process.env.SET ?? 'portable-oxygen';
const AS_OF: Record<string, string> = { 'portable-oxygen': '2025-03-10', 'dz-t1-cgm': '2020-03-10', 'pet-ct': '2019-03-10' };
const asOf = process.env.AS_OF ?? AS_OF[SET]!;
const detail = (process.env.DETAIL ?? 'full') as 'full';
const engine = (process.env.ENGINE ?? 'compiled') as 'compiled';
const cap = process.env.CAP === undefined ? undefined : Number(process.env.CAP);
const rounds = Number(process.env.ROUNDS ?? 5);

const evaluator = createEvaluator({ engine, acceptEarliestStart: true });
const version = evaluator.versionInForce(SET, asOf);
const random = seededRandom(14 + SET.length);
const cases = caseFacts(SET, version.data.validFrom);
const patients: Record<string, unknown>[] = [];
for (let k = 0; patients.length < 1000; k++) {
  const facts = k % 2 === 0 && cases.length > 0 ? cases[(k / 2) % cases.length]! : patientFor(version.data, asOf, random);
  const result = await evaluator.safeEvaluate(SET, facts, { asOf });
  if (!result.ok) continue;
  // KIND=direct keeps the patients decided without completions, KIND=completed those that need some.
  const direct = result.decision.completion.status === 'not_needed';
  if (process.env.KIND === undefined || (process.env.KIND === 'direct') === direct) patients.push(facts);
}
for (const facts of patients) await evaluator.evaluate(SET, facts, { asOf, detail, completionCap: cap }); // warm-up

const session = new Session();
if (process.env.PROF || process.env.HEAP) session.connect();
if (process.env.PROF) {
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
// HEAP=<file>: a sampling profile of what the timed loop allocates (every 4 kB on average), by function.
if (process.env.HEAP) await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const wall = process.hrtime.bigint();
const cpu = process.cpuUsage();
// CPU time per decision of each round: under load from other work the minimum is the steadiest figure.
const perRound: number[] = [];
for (let r = 0; r < rounds; r++) {
  const round = process.cpuUsage();
  for (const facts of patients) await evaluator.evaluate(SET, facts, { asOf, detail, completionCap: cap });
  const used = process.cpuUsage(round);
  perRound.push((used.user + used.system) / patients.length);
}
const count = rounds * patients.length;
const wallUs = Number(process.hrtime.bigint() - wall) / 1000 / count;
const used = process.cpuUsage(cpu);
if (process.env.PROF) writeFileSync(process.env.PROF, JSON.stringify((await session.post('Profiler.stop')).profile));
if (process.env.HEAP) writeFileSync(process.env.HEAP, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
perRound.sort((a, b) => a - b);
console.log(
  `${SET} @ ${asOf}, ${engine}, detail ${detail}: ${wallUs.toFixed(1)} µs wall, ${((used.user + used.system) / count).toFixed(1)} µs CPU per decision` +
    ` (rounds: min ${perRound[0]!.toFixed(1)}, median ${perRound[Math.floor(perRound.length / 2)]!.toFixed(1)})`,
);
