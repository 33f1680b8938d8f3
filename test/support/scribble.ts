/**
 * Tries to overwrite every property and grow every array reachable from `value`, as a careless caller
 * might. Frozen parts refuse (the tests are strict modules, so they throw): those refusals are swallowed,
 * the test then checks that nothing the library returns next has changed.
 */
export function scribbleOver(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    scribbleOver(inner, seen);
    try {
      (value as Record<string, unknown>)[key] = typeof inner === 'string' ? 'SCRIBBLED' : typeof inner === 'object' && inner !== null ? {} : 0;
    } catch {
      // A frozen shared part: the change is refused, which is what keeps the next answer intact.
    }
  }
  if (Array.isArray(value)) {
    try {
      value.push('SCRIBBLED');
    } catch {
      // As above.
    }
  }
}
