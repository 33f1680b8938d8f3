import type { z } from 'zod';
import { makeIssue } from '../errors/make-issue.js';
import type { Issue } from '../errors/issue.js';
import { type JsonProblem, parseJsonText } from './json-text.js';
import { LIMITS } from './limits.js';

/** A rule-tree document: its name (a path for files on disk) and its raw text. */
export interface SourceDocument {
  readonly file: string;
  readonly text: string;
  /** The size on disk, when the file was too large to read (its text is then empty). */
  readonly bytes?: number;
  /** Why the file was not read (not a regular file, a link leaving the tree, not UTF-8...); its text is then empty. */
  readonly refused?: Issue;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Parsed documents, by document and schema: each loader asks for the `set.json` files, so they are read once. */
const parsedCache = new WeakMap<SourceDocument, Map<z.ZodType, Parsed<unknown>>>();

/**
 * Refusal by the reader, size limit, encoding, strict JSON syntax (no duplicate or prototype keys, no
 * control characters, depth and entry limits), then the zod schema: every schema problem of the file
 * is reported, each with the JSON path where it is. The result is shared by every caller with the
 * same document and schema, and must not be changed.
 */
export function parseDocument<S extends z.ZodType>(doc: SourceDocument, schema: S): Parsed<z.output<S>> {
  const bySchema = parsedCache.get(doc) ?? new Map<z.ZodType, Parsed<unknown>>();
  parsedCache.set(doc, bySchema);
  const cached = bySchema.get(schema);
  if (cached) return cached as Parsed<z.output<S>>;
  const parsed = parseUncached(doc, schema);
  bySchema.set(schema, parsed);
  return parsed;
}

function parseUncached<S extends z.ZodType>(doc: SourceDocument, schema: S): Parsed<z.output<S>> {
  const refuse = (issue: Issue): Parsed<never> => ({ ok: false, issues: [issue] });
  if (doc.refused) return refuse(doc.refused);
  const size = doc.bytes ?? utf8Length(doc.text);
  if (size > LIMITS.maxFileBytes) return refuse(makeIssue('file_too_large', [], { size, limit: LIMITS.maxFileBytes }, doc.file));
  if (doc.text.charCodeAt(0) === 0xfeff) {
    return refuse(makeIssue('invalid_encoding', [], { reason: 'it starts with a byte order mark (save it as UTF-8 without BOM)', reasonRo: 'începe cu un marcaj de ordine a octeților (salvați-l ca UTF-8 fără BOM)' }, doc.file));
  }
  const json = parseJsonText(doc.text, { maxDepth: LIMITS.maxJsonDepth, maxItems: LIMITS.maxJsonItems });
  if (!json.ok) return refuse(jsonIssue(json.problem, doc.file));
  const result = schema.safeParse(json.value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues
      .flatMap((issue) => closestIssues(issue, [], json.value))
      .map(({ path, reason }) => makeIssue('schema_violation', path, { reason }, doc.file)),
  };
}

/** Bytes of a text in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  if (text.length * 3 <= LIMITS.maxFileBytes) return text.length; // cannot exceed the limit: no need to count
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 counted for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function jsonIssue(problem: JsonProblem, file: string): Issue {
  switch (problem.code) {
    case 'invalid_json':
      return makeIssue('invalid_json', problem.path, { reason: problem.reason }, file);
    case 'duplicate_key':
    case 'forbidden_key':
      return makeIssue(problem.code, problem.path, { key: problem.key }, file);
    case 'forbidden_character':
      return makeIssue('forbidden_character', problem.path, { character: problem.character }, file);
    case 'nesting_too_deep':
      return makeIssue('nesting_too_deep', problem.path, { limit: problem.limit }, file);
    case 'input_too_large':
      return makeIssue('input_too_large', problem.path, {
        what: 'a JSON object or array',
        whatRo: 'un obiect sau o listă JSON',
        reason: `it has more than ${problem.limit} entries`,
        reasonRo: `are mai mult de ${problem.limit} de elemente`,
      }, file);
  }
}

type PathPart = string | number;

/**
 * A value that fits none of a union's shapes (a condition, say) is explained by the shape it came
 * closest to, the one with the fewest problems, so `{fact, operator, value, path}` is reported as
 * "key not allowed here: path" rather than as "matches nothing".
 */
function closestIssues(issue: z.core.$ZodIssue, prefix: PathPart[], json: unknown): Array<{ path: PathPart[]; reason: string }> {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  // A JSON number where the format wants text or a choice is nearly always a threshold written as a
  // number: name the fix rather than the first branch that did not fit ("expected boolean").
  const value = valueAt(json, path);
  if (typeof value === 'number' && (issue.code === 'invalid_union' || (issue.code === 'invalid_type' && issue.expected === 'string'))) {
    return [{ path, reason: `write decimals as strings: "${value}" (a JSON number is a binary float; thresholds are exact)` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closest.flatMap((inner) => closestIssues(inner, path, json));
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return [{ path, reason: `key${issue.keys.length > 1 ? 's' : ''} not allowed here: ${keys} (the rule format is closed)` }];
  }
  return [{ path, reason: issue.message }];
}

function valueAt(json: unknown, path: readonly PathPart[]): unknown {
  let node = json;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PathPart, unknown>)[key];
  }
  return node;
}
