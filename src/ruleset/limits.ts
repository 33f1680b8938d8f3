/** Bounds on what a rule file may be, so a hostile file cannot exhaust memory or the stack. */
export const LIMITS = {
  /** Largest accepted rule or cases file, in bytes. */
  maxFileBytes: 1_048_576,
  /** Deepest accepted JSON nesting (objects and arrays). */
  maxJsonDepth: 64,
  /** Most entries of one JSON object or array in a rule file (the format's own lists are shorter still). */
  maxJsonItems: 10_000,
} as const;

