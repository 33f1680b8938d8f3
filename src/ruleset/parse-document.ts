import type { z } from 'zod';
import { makeIssue } from '../errors/make-issue.js';
import type { Issue } from '../errors/issue.js';
import { LIMITS, jsonDepthExceeds } from './limits.js';

/** A rule-tree document: its name (a path for files on disk) and its raw text. */
export interface SourceDocument {
  readonly file: string;
  readonly text: string;
  /** The size on disk, when the file was too large to read (its text is then empty). */
  readonly bytes?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Size limit, JSON syntax, depth limit, then the zod schema: every schema problem of the file is
 * reported, each with the JSON path where it is.
 */
export function parseDocument<S extends z.ZodType>(doc: SourceDocument, schema: S): Parsed<z.output<S>> {
  const size = doc.bytes ?? new TextEncoder().encode(doc.text).length;
  if (size > LIMITS.maxFileBytes) {
    return { ok: false, issues: [makeIssue('file_too_large', [], { size, limit: LIMITS.maxFileBytes }, doc.file)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(doc.text);
  } catch (error) {
    return { ok: false, issues: [makeIssue('invalid_json', [], { reason: (error as Error).message }, doc.file)] };
  }
  if (jsonDepthExceeds(json, LIMITS.maxJsonDepth)) {
    return { ok: false, issues: [makeIssue('nesting_too_deep', [], { limit: LIMITS.maxJsonDepth }, doc.file)] };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues
      .flatMap((issue) => closestIssues(issue, [], json))
      .map(({ path, reason }) => makeIssue('schema_violation', path, { reason }, doc.file)),
  };
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
