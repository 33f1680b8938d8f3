import { findUnsafeCharacter } from '../errors/bounded.js';

/**
 * A strict JSON reader for rule files. `JSON.parse` keeps the last of two equal keys, so a file with
 * `"operator": "lessThan", "operator": "greaterThan"` would be reviewed as one rule and run as another;
 * it also turns a `__proto__` key into an own property that later code may drop or trip on. This reader
 * accepts exactly the JSON grammar (RFC 8259) and refuses, with the JSON path where it is:
 * a key given twice in one object, the keys `__proto__`, `constructor` and `prototype`, strings with
 * control, bidirectional-override or lone-surrogate characters, nesting deeper than `maxDepth`, and
 * objects or arrays with more than `maxItems` entries. It never recurses, so no input can overflow
 * the stack, and it stops at the first problem.
 */

export type JsonPath = Array<string | number>;

export type JsonProblem =
  | { code: 'invalid_json'; path: JsonPath; reason: string }
  | { code: 'duplicate_key' | 'forbidden_key'; path: JsonPath; key: string }
  | { code: 'forbidden_character'; path: JsonPath; character: string }
  | { code: 'nesting_too_deep'; path: JsonPath; limit: number }
  | { code: 'input_too_large'; path: JsonPath; limit: number };

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

export interface JsonLimits {
  readonly maxDepth: number;
  readonly maxItems: number;
}

/** Keys that name or reach an object's prototype in JavaScript. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of string characters that need no attention: no quote, no backslash, no control character. */
// eslint-disable-next-line no-control-regex
const PLAIN_RUN = /[^"\\\u0000-\u001f]+/y;
const SPACE_RUN = /[ \t\n\r]+/y;

interface ObjectFrame {
  readonly kind: 'object';
  readonly value: Record<string, unknown>;
  readonly keys: Set<string>;
  /** The key whose value is being read; undefined while the key itself is read. */
  key: string | undefined;
}

interface ArrayFrame {
  readonly kind: 'array';
  readonly value: unknown[];
}

type Frame = ObjectFrame | ArrayFrame;

class Failure {
  constructor(readonly problem: JsonProblem) {}
}

export function parseJsonText(text: string, limits: JsonLimits): JsonResult {
  try {
    return { ok: true, value: new Reader(text, limits).read() };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Reader {
  private i = 0;
  private readonly stack: Frame[] = [];

  constructor(
    private readonly text: string,
    private readonly limits: JsonLimits,
  ) {}

  read(): unknown {
    this.skipSpace();
    let value = this.readValueOrOpen();
    for (;;) {
      if (value === OPENED) {
        value = this.readValueOrOpen();
        continue;
      }
      const top = this.stack.at(-1);
      if (top === undefined) break;
      if (top.kind === 'array') top.value.push(value);
      else top.value[top.key!] = value;
      this.skipSpace();
      const char = this.text[this.i];
      if (char === ',') {
        this.i += 1;
        this.skipSpace();
        if ((top.kind === 'array' ? top.value.length : top.keys.size) >= this.limits.maxItems) {
          throw new Failure({ code: 'input_too_large', path: this.path(false), limit: this.limits.maxItems });
        }
        if (top.kind === 'object') this.readKey(top);
        value = this.readValueOrOpen();
      } else if (char === (top.kind === 'array' ? ']' : '}')) {
        this.i += 1;
        this.stack.pop();
        value = top.value;
      } else {
        this.fail(`expected "," or "${top.kind === 'array' ? ']' : '}'}"`);
      }
    }
    this.skipSpace();
    if (this.i < this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  /** A complete scalar or empty container, or OPENED after pushing a frame whose first entry comes next. */
  private readValueOrOpen(): unknown {
    this.skipSpace();
    const char = this.text[this.i];
    switch (char) {
      case '{':
      case '[': {
        this.i += 1;
        this.skipSpace();
        const close = char === '{' ? '}' : ']';
        if (this.text[this.i] === close) {
          this.i += 1;
          return char === '{' ? {} : [];
        }
        if (this.stack.length + 1 > this.limits.maxDepth) {
          throw new Failure({ code: 'nesting_too_deep', path: this.path(true), limit: this.limits.maxDepth });
        }
        if (char === '{') {
          const frame: ObjectFrame = { kind: 'object', value: {}, keys: new Set(), key: undefined };
          this.stack.push(frame);
          this.readKey(frame);
        } else {
          this.stack.push({ kind: 'array', value: [] });
        }
        return OPENED;
      }
      case '"':
        return this.readString();
      case 't':
        return this.readWord('true', true);
      case 'f':
        return this.readWord('false', false);
      case 'n':
        return this.readWord('null', null);
      default: {
        NUMBER.lastIndex = this.i;
        const match = NUMBER.exec(this.text);
        if (!match) return this.fail(char === undefined ? 'unexpected end of the text' : `unexpected character ${JSON.stringify(char)}`);
        this.i += match[0].length;
        return Number(match[0]);
      }
    }
  }

  private readKey(frame: ObjectFrame): void {
    frame.key = undefined;
    if (this.text[this.i] !== '"') this.fail('expected a key in double quotes');
    const key = this.readString();
    if (FORBIDDEN_KEYS.has(key)) throw new Failure({ code: 'forbidden_key', path: [...this.path(false), key], key });
    if (frame.keys.has(key)) throw new Failure({ code: 'duplicate_key', path: [...this.path(false), key], key });
    frame.keys.add(key);
    frame.key = key;
    this.skipSpace();
    if (this.text[this.i] !== ':') this.fail('expected ":" after a key');
    this.i += 1;
  }

  private readWord<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.i)) this.fail(`unexpected character ${JSON.stringify(this.text[this.i])}`);
    this.i += word.length;
    return value;
  }

  private readString(): string {
    const start = this.i;
    this.i += 1;
    let out = '';
    let chunk = this.i;
    for (;;) {
      PLAIN_RUN.lastIndex = this.i;
      if (PLAIN_RUN.test(this.text)) this.i = PLAIN_RUN.lastIndex;
      const code = this.text.charCodeAt(this.i);
      if (Number.isNaN(code)) {
        this.i = start;
        this.fail('a string is not closed');
      }
      if (code === 0x22) break;
      if (code < 0x20) {
        this.i = start;
        throw new Failure({ code: 'forbidden_character', path: this.path(true), character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
      }
      if (code === 0x5c) {
        out += this.text.slice(chunk, this.i);
        out += this.readEscape();
        chunk = this.i;
      }
    }
    out += this.text.slice(chunk, this.i);
    this.i += 1;
    const unsafe = findUnsafeCharacter(out);
    if (unsafe) {
      this.i = start;
      throw new Failure({ code: 'forbidden_character', path: this.path(true), character: unsafe.code });
    }
    return out;
  }

  private readEscape(): string {
    const char = this.text[this.i + 1];
    this.i += 2;
    switch (char) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = this.text.slice(this.i, this.i + 4);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) {
          this.i -= 2;
          return this.fail('\\u must be followed by four hexadecimal digits');
        }
        this.i += 4;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      default:
        this.i -= 2;
        return this.fail(`unknown escape \\${char ?? ''}`);
    }
  }

  private skipSpace(): void {
    const code = this.text.charCodeAt(this.i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
    SPACE_RUN.lastIndex = this.i;
    if (SPACE_RUN.test(this.text)) this.i = SPACE_RUN.lastIndex;
  }

  /**
   * The JSON path of the value being read (`toValue`), or of the innermost open object or array.
   * A value not yet stored sits at its array's length, or under its object's current key.
   */
  private path(toValue: boolean): JsonPath {
    const path: JsonPath = [];
    const last = this.stack.length - 1;
    this.stack.forEach((frame, index) => {
      if (index === last && !toValue) return;
      if (frame.kind === 'array') path.push(frame.value.length);
      else if (frame.key !== undefined) path.push(frame.key);
    });
    return path;
  }

  private fail(reason: string): never {
    const before = this.text.slice(0, this.i);
    const line = before.split('\n').length;
    const column = this.i - before.lastIndexOf('\n');
    throw new Failure({ code: 'invalid_json', path: this.path(true), reason: `${reason} at line ${line}, column ${column}` });
  }
}

const OPENED = Symbol('opened');
