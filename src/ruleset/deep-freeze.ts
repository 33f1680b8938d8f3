/**
 * Freezes a value and everything reachable from it. A compiled version hands its law text, labels,
 * citations and table values to every decision without copying them: frozen, a caller that changes
 * one gets a TypeError (strict mode) or no effect, never a changed rule for the decisions that follow.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    // Already frozen means already walked (or frozen by its maker, whose parts are frozen too here).
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    if (next instanceof Map) {
      for (const [key, inner] of next) pending.push(key, inner);
    } else {
      for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return value;
}
