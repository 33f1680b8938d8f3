/** Bounds on what a rule file or an input may be, so a hostile one cannot exhaust memory or the stack. */
export const LIMITS = {
  /** Largest accepted rule or cases file, in bytes. */
  maxFileBytes: 1_048_576,
  /** Deepest accepted JSON nesting (objects and arrays). */
  maxJsonDepth: 64,
  /** Most entries of one JSON object or array in a rule file (the format's own lists are shorter still). */
  maxJsonItems: 10_000,
  /** Most keys in the facts of one evaluation (a version declares far fewer facts). */
  maxFactKeys: 1_000,
  /** Longest string accepted as the value of any fact, in characters (text facts declare a shorter maxLength). */
  maxFactStringChars: 10_000,
  /**
   * Decimal precision: a number (a fact or a threshold) has at most this many digits before the decimal
   * point (leading zeros aside) and `decimalFractionDigits` after it (trailing zeros aside). Every
   * comparison and every `difference` of such numbers is exact; a number with more digits is refused,
   * never rounded.
   */
  decimalIntegerDigits: 15,
  /** Digits after the decimal point, trailing zeros aside: see `decimalIntegerDigits`. */
  decimalFractionDigits: 10,
  /**
   * Longest input line `cnas-rules batch` reads, in bytes (its `\n` aside). A facts object that a
   * version can accept is far smaller (a few dozen facts, text values of at most 2 000 characters), so
   * a longer line is refused unread, as an error line; the limit bounds the memory of the batch's main
   * thread (which holds at most a chunk and one partial line) and of a worker (which decodes, parses
   * and answers a chunk at a time) whatever the input, so the workers' heap can be capped.
   */
  maxBatchLineBytes: 1_048_576,
} as const;

