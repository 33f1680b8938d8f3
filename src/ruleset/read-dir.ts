import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { LIMITS } from './limits.js';
import type { SourceDocument } from './parse-document.js';

/**
 * Reads the JSON documents of a rule tree: every `*.json` file one folder below `root`
 * (`<root>/<set>/<file>.json`). Files over the size limit are not read into memory.
 */
export function readRuleTree(root: string): SourceDocument[] {
  const documents: SourceDocument[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root).sort();
  } catch (error) {
    throw new CnasRulesError([makeIssue('unreadable_file', [], { reason: (error as Error).message }, root)]);
  }
  for (const entry of entries) {
    const folder = join(root, entry);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.json')) documents.push(readDocument(join(folder, name)));
    }
  }
  return documents;
}

/** Reads one document; an oversized file becomes a stand-in that the parser refuses by its size. */
export function readDocument(file: string): SourceDocument {
  try {
    const size = statSync(file).size;
    if (size > LIMITS.maxFileBytes) return { file, text: '', bytes: size };
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new CnasRulesError([makeIssue('unreadable_file', [], { reason: (error as Error).message }, file)]);
  }
}
