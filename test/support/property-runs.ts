/**
 * How many runs each property test makes: 10 000 by default (what CI runs), or the value of the
 * `CNAS_PROPERTY_RUNS` environment variable, e.g. `CNAS_PROPERTY_RUNS=1000000 npx vitest run test/properties.test.ts`
 * for a long sweep. `CNAS_PROPERTY_SEED` replays a run that failed.
 */
export function propertyRuns(): number {
  const configured = Number(process.env.CNAS_PROPERTY_RUNS);
  return Number.isInteger(configured) && configured > 0 ? configured : 10_000;
}

export function propertySeed(): number | undefined {
  const seed = Number(process.env.CNAS_PROPERTY_SEED);
  return Number.isInteger(seed) ? seed : undefined;
}
