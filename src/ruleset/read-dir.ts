import { type Dirent, type Stats, closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { TextDecoder } from 'node:util';
import { LIMITS } from './limits.js';
import type { SourceDocument } from './parse-document.js';

/**
 * Reads the JSON documents of a rule tree: every `*.json` file one folder below `root`
 * (`<root>/<set>/<file>.json`).
 *
 * A rule tree may come from people or systems that are not trusted, so only regular files inside the
 * tree are read: a symbolic link is followed only when it stays inside the tree, a FIFO, a device or a
 * socket is never opened for a blocking read, and no read goes past the size limit whatever the file
 * system says of the size. A file that cannot be read becomes a document that the parser refuses with
 * the reason, so every problem of the tree is reported at once. Only a root that cannot be read at all
 * throws, as a {@link CnasRulesError}.
 */
export function readRuleTree(root: string): SourceDocument[] {
  let realRoot: string;
  let entries: Dirent[];
  try {
    realRoot = realpathSync(root);
    entries = readdirSync(realRoot, { withFileTypes: true });
  } catch (error) {
    throw new CnasRulesError([makeIssue('unreadable_file', [], { reason: describeFsError(error) }, root)]);
  }
  const documents: SourceDocument[] = [];
  for (const entry of sortByName(entries)) {
    const folder = join(root, entry.name);
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue; // files beside the rule sets are not rule files
    const target = resolveInside(folder, realRoot);
    if ('issue' in target) {
      documents.push(refusedDocument(folder, target.issue));
      continue;
    }
    if (!target.stats.isDirectory()) continue;
    let names: Dirent[];
    try {
      names = readdirSync(target.path, { withFileTypes: true });
    } catch (error) {
      documents.push(refusedDocument(folder, makeIssue('unreadable_file', [], { reason: describeFsError(error) }, folder)));
      continue;
    }
    for (const name of sortByName(names)) {
      if (name.name.endsWith('.json')) documents.push(readDocument(join(folder, name.name), realRoot));
    }
  }
  return documents;
}

/**
 * Reads one document. With `within` (a real path), a symbolic link that leads outside that folder is
 * refused. A file that is not a regular file, too large, or not UTF-8 becomes a refused stand-in.
 */
export function readDocument(file: string, within?: string): SourceDocument {
  const target = resolveInside(file, within);
  if ('issue' in target) return refusedDocument(file, target.issue);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the path is already resolved.
    fd = openSync(target.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return refusedDocument(file, makeIssue('unreadable_file', [], { reason: describeFsError(error) }, file));
  }
  try {
    // What was opened is what counts: the path could have been swapped since it was resolved.
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusedDocument(file, notRegular(stats, file));
    const bytes = readBounded(fd, LIMITS.maxFileBytes);
    if (bytes === undefined) return { file, text: '', bytes: Math.max(stats.size, LIMITS.maxFileBytes + 1) };
    return decodeUtf8(file, bytes);
  } catch (error) {
    return refusedDocument(file, makeIssue('unreadable_file', [], { reason: describeFsError(error) }, file));
  } finally {
    closeSync(fd);
  }
}

/** The bytes of an open file, read in chunks; undefined when there are more than `limit`. */
function readBounded(fd: number, limit: number): Uint8Array | undefined {
  const buffer = new Uint8Array(limit + 1);
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, total, Math.min(65_536, buffer.length - total), null);
    if (read === 0) return buffer.subarray(0, total);
    total += read;
    if (total > limit) return undefined;
  }
}

function decodeUtf8(file: string, bytes: Uint8Array): SourceDocument {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return refusedDocument(file, makeIssue('invalid_encoding', [], { reason: 'it starts with a byte order mark (save it as UTF-8 without BOM)', reasonRo: 'începe cu un marcaj de ordine a octeților (salvați-l ca UTF-8 fără BOM)' }, file));
  }
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return refusedDocument(file, makeIssue('invalid_encoding', [], { reason: `byte ${offset} is not part of a UTF-8 character`, reasonRo: `octetul ${offset} nu face parte dintr-un caracter UTF-8` }, file));
  }
}

/** The offset of the first byte that does not decode, for the message (the text is known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; a cut inside a character is invalid too, so allow 3 bytes.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodesUpTo(decoder, bytes, middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function decodesUpTo(decoder: TextDecoder, bytes: Uint8Array, end: number): boolean {
  for (let cut = end; cut <= Math.min(bytes.length, end + 3); cut += 1) {
    try {
      decoder.decode(bytes.subarray(0, cut));
      return true;
    } catch {
      // try the next cut: the character may end a byte or three later
    }
  }
  return false;
}

type Resolved = { path: string; stats: Stats } | { issue: Issue };

/** The real path of `path` and its kind, refusing dangling links and, with `within`, links that leave it. */
function resolveInside(path: string, within: string | undefined): Resolved {
  let real: string;
  let stats: Stats;
  try {
    const link = lstatSync(path);
    real = link.isSymbolicLink() ? realpathSync(path) : path;
    stats = link.isSymbolicLink() ? lstatSync(real) : link;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'ELOOP' ? 'it is a symbolic link that leads to nothing (or to itself)' : describeFsError(error);
    return { issue: makeIssue('unreadable_file', [], { reason }, path) };
  }
  if (within !== undefined && real !== path) {
    const inside = relative(within, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return { issue: makeIssue('outside_rule_tree', [], { target: real }, path) };
    }
  }
  return { path: real, stats };
}

function notRegular(stats: Stats, file: string): Issue {
  const [kind, kindRo] = stats.isFIFO()
    ? ['a named pipe (FIFO)', 'o conductă cu nume (FIFO)']
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? ['a device', 'un dispozitiv']
      : stats.isDirectory()
        ? ['a folder', 'un dosar']
        : stats.isSocket()
          ? ['a socket', 'un socket']
          : ['not a regular file', 'nu este un fișier obișnuit'];
  return makeIssue('not_a_regular_file', [], { kind, kindRo }, file);
}

function refusedDocument(file: string, issue: Issue): SourceDocument {
  return { file, text: '', refused: issue };
}

function sortByName(entries: Dirent[]): Dirent[] {
  return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A file-system error as a sentence, without a stack trace. */
function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${String(message).replace(/^[A-Z]+: /, '')}` : String(message ?? error);
}
