/** Bounds on what a rule file may be, so a hostile file cannot exhaust memory or the stack. */
export const LIMITS = {
  /** Largest accepted rule or cases file, in bytes. */
  maxFileBytes: 1_048_576,
  /** Deepest accepted JSON nesting (objects and arrays). */
  maxJsonDepth: 64,
} as const;

/**
 * The nesting depth of a parsed JSON value, measured without recursion so that a deeply nested
 * document cannot overflow the stack while it is being measured. Stops counting past `limit`.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
