import { type SourceDocument, parseDocument } from './parse-document.js';
import { RuleSetFile } from './schema.js';

/** What a rule folder holds, as its `set.json` declares it (`kind`, "criteria" when absent). */
export type RuleFolderKind = NonNullable<RuleSetFile['kind']>;

/** Where a document sits in a rule tree: `<set>/<name>`. */
export function locate(file: string): { set: string; name: string } {
  const parts = file.split(/[\\/]/);
  return { set: parts.at(-2) ?? '', name: parts.at(-1) ?? '' };
}

/**
 * The documents of the folders of one kind. Each kind has its own loader, and every document goes to
 * exactly one of them: a folder whose `set.json` is missing or cannot be read counts as criteria, so
 * the criteria loader reports its problems, once.
 */
export function documentsOfKind(documents: readonly SourceDocument[], kind: RuleFolderKind): SourceDocument[] {
  const kinds = new Map<string, RuleFolderKind>();
  for (const doc of documents) {
    const { set, name } = locate(doc.file);
    if (name !== 'set.json') continue;
    const parsed = parseDocument(doc, RuleSetFile);
    if (parsed.ok) kinds.set(set, parsed.value.kind ?? 'criteria');
  }
  return documents.filter((doc) => (kinds.get(locate(doc.file).set) ?? 'criteria') === kind);
}
