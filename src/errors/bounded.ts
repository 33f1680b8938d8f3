/**
 * What a message may show of a value it did not make. Input comes from callers and rule files that
 * are not trusted: a value shown in a message is clipped (so a 1 MiB string is not echoed whole) and
 * its control characters are escaped (so an error printed to a terminal cannot move the cursor, clear
 * the screen or change its title). Describing a value never throws, whatever it is: a BigInt, a
 * circular or very deep object, a Proxy whose traps throw.
 */

/** Longest text a message shows of one value, in characters. */
export const MAX_SHOWN_CHARS = 120;

/** Most items of a list a message shows. */
const MAX_SHOWN_ITEMS = 200;

/**
 * C0 and C1 control characters (tab, line feed and carriage return excepted), DEL, the bidirectional
 * overrides and isolates (which make text read differently from how it runs), and lone surrogates.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTER.source, 'g');

/** The first unsafe character of a text and where it is, if any. */
export function findUnsafeCharacter(text: string): { index: number; code: string } | undefined {
  const match = UNSAFE_CHARACTER.exec(text);
  return match ? { index: match.index, code: codePointName(match[0]) } : undefined;
}

function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text clipped to `max` characters (an ellipsis and the full length mark the cut) with unsafe characters escaped. */
export function shownText(text: string, max = MAX_SHOWN_CHARS): string {
  return escapeUnsafe(clip(text, max));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_GLOBAL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short description of any value, for "received ..." in a message. Never throws. */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return escapeUnsafe(JSON.stringify(clip(value, MAX_SHOWN_CHARS)));
      case 'number':
      case 'boolean':
        return String(value);
      case 'bigint':
        return `a BigInt (${shownText(String(value), 40)})`;
      case 'undefined':
        return 'nothing';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        if (value === null) return 'null';
        if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
        return 'an object';
    }
  } catch {
    return 'a value that cannot be read';
  }
}

/**
 * The params of an issue made safe to keep and to show: strings clipped and escaped, lists cut to
 * their first items, anything else described. Params are data the caller may log or print.
 */
export function boundedParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) safe[key] = boundedParam(value);
  return safe;
}

function boundedParam(value: unknown): unknown {
  if (typeof value === 'string') return shownText(value, 2_000);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_SHOWN_ITEMS).map((item) => (typeof item === 'string' ? shownText(item) : typeof item === 'number' ? item : describeValue(item)));
    return value.length > MAX_SHOWN_ITEMS ? [...items, `… ${value.length - MAX_SHOWN_ITEMS} more`] : items;
  }
  return describeValue(value);
}
