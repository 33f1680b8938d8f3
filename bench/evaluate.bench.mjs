// Measures explained evaluations against plain json-rules-engine on this machine.
// Run: npm run bench   (builds first, then runs this file with node)
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { Engine } from 'json-rules-engine';
import { createEvaluator } from '../dist/index.js';

const facts = JSON.parse(readFileSync(new URL('../examples/portable-oxygen-initial.json', import.meta.url), 'utf8'));
const asOf = '2025-03-10';
const WARMUP = 2_000;
const RUNS = 20_000;

// The same criteria as one plain json-rules-engine rule, default operators on JS numbers, the
// month counts given as ready-made facts: the baseline a caller would write without the facade.
const plainRule = {
  conditions: {
    all: [
      { fact: 'hasStationaryLtotIndication', operator: 'equal', value: false },
      { any: [
        { fact: 'fev1VcRatioPct', operator: 'lessThan', value: 70 },
        { fact: 'tlcPctPredicted', operator: 'lessThan', value: 70 },
        { fact: 'dlcoPctPredicted', operator: 'lessThan', value: 60 },
      ] },
      { fact: 'mmrcScore', operator: 'greaterThanInclusive', value: 2 },
      { any: [{ fact: 'hadAcuteExacerbation', operator: 'equal', value: false }, { fact: 'monthsToMmrc', operator: 'greaterThanInclusive', value: 1 }] },
      { fact: 'sixMwtMinSpO2Pct', operator: 'lessThan', value: 88 },
      { any: [{ fact: 'hadAcuteExacerbation', operator: 'equal', value: false }, { fact: 'monthsToSixMwt', operator: 'greaterThanInclusive', value: 1 }] },
      { fact: 'physicianFindsPotentialBenefit', operator: 'equal', value: true },
      { fact: 'patientActivity', operator: 'in', value: ['employed', 'pupil-or-student-attending', 'other-active-situation', 'able-and-willing-outdoor-exertion'] },
      { fact: 'prescriberSpecialty', operator: 'in', value: ['pneumologie', 'pneumologie-pediatrica'] },
      { fact: 'prescriberHasCasContract', operator: 'equal', value: true },
      { fact: 'annex38aSignedAndStampedByPhysician', operator: 'equal', value: true },
      { fact: 'annex38aSignedByInsured', operator: 'equal', value: true },
    ],
  },
  event: { type: 'eligible' },
};
const plainFacts = { ...facts, fev1VcRatioPct: 58, sixMwtMinSpO2Pct: 86, tlcPctPredicted: 100, dlcoPctPredicted: 100, monthsToMmrc: 1, monthsToSixMwt: 1 };

async function measure(label, fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) await fn();
  const micros = Number(process.hrtime.bigint() - start) / 1_000 / RUNS;
  console.log(`${label.padEnd(58)} ${micros.toFixed(1).padStart(7)} µs/op ${Math.round(1e6 / micros).toLocaleString('en-US').padStart(9)} ops/s`);
  return micros;
}

async function measureConcurrent(label, fn, inFlight) {
  const batches = RUNS / inFlight;
  for (let i = 0; i < 10; i++) await Promise.all(Array.from({ length: inFlight }, fn));
  const start = process.hrtime.bigint();
  for (let b = 0; b < batches; b++) await Promise.all(Array.from({ length: inFlight }, fn));
  const micros = Number(process.hrtime.bigint() - start) / 1_000 / RUNS;
  console.log(`${label.padEnd(58)} ${micros.toFixed(1).padStart(7)} µs/op ${Math.round(1e6 / micros).toLocaleString('en-US').padStart(9)} ops/s`);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; ${RUNS.toLocaleString('en-US')} runs after ${WARMUP.toLocaleString('en-US')} warm-up`);
const plain = new Engine([plainRule]);
const baseline = await measure('plain json-rules-engine, engine reused (two-valued)', () => plain.run(plainFacts));
const started = process.hrtime.bigint();
// The portable-oxygen version's first day is uncertain: measure the decision its text gives, as a caller who accepts the earliest date gets it.
const evaluator = createEvaluator({ acceptEarliestStart: true });
console.log(`${'load, validate and compile the bundled rules once'.padEnd(58)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1).padStart(7)} ms`);
const explained = await measure('cnas-rules evaluate, explained three-valued decision', () => evaluator.evaluate('portable-oxygen', facts, { asOf }));
await measure('cnas-rules evaluate, facts missing (undetermined)', () => evaluator.evaluate('portable-oxygen', { mmrcScore: 3 }, { asOf }));
await measureConcurrent('cnas-rules evaluate, 100 in flight', () => evaluator.evaluate('portable-oxygen', facts, { asOf }), 100);
console.log(`explained decision / plain json-rules-engine run: ${(explained / baseline).toFixed(2)}×`);
