/**
 * How many runs each property test makes: the `CNAS_PROPERTY_RUNS` environment variable when set
 * (`.ci/run` sets 10 000; `CNAS_PROPERTY_RUNS=1000000 npm run test:properties` is a long sweep), else
 * 10 000 in CI (`CI` set) and 1 000 on a developer's machine. `CNAS_PROPERTY_SEED` replays a run
 * that failed.
 */
export function propertyRuns(): number {
  const configured = Number(process.env.CNAS_PROPERTY_RUNS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return process.env.CI ? 10_000 : 1_000;
}

export function propertySeed(): number | undefined {
  const seed = Number(process.env.CNAS_PROPERTY_SEED);
  return Number.isInteger(seed) ? seed : undefined;
}
