import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { checkVersion } from './check-version.js';
import { documentsOfKind, locate } from './folder-kind.js';
import { type SourceDocument, parseDocument } from './parse-document.js';
import { CasesFile, RuleSetFile, RuleVersionFile } from './schema.js';
import { checkTimeline, withLastDays } from './timeline.js';

/** One dated version of a rule set, with the cases beside it. */
export interface LoadedVersion {
  readonly file: string;
  readonly data: RuleVersionFile;
  /** The last day in force: `validUntil`, else the day before the next version, else open-ended. */
  readonly lastDay: string | undefined;
  readonly cases?: { readonly file: string; readonly data: CasesFile };
}

/** A rule set: its description and its versions, oldest first. */
export interface LoadedRuleSet {
  readonly id: string;
  readonly meta: RuleSetFile;
  readonly versions: readonly LoadedVersion[];
}

/** Every rule set of a rule tree, checked. */
export type RuleCatalog = ReadonlyMap<string, LoadedRuleSet>;

const VERSION_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;
const CASES_FILE = /^(\d{4}-\d{2}-\d{2})\.cases\.json$/;

interface Folder {
  setFile?: SourceDocument;
  versions: Array<{ date: string; doc: SourceDocument }>;
  cases: Array<{ date: string; doc: SourceDocument }>;
}

/**
 * Builds the catalog from the documents of a rule tree (`<set>/set.json`, `<set>/<YYYY-MM-DD>.json`,
 * `<set>/<YYYY-MM-DD>.cases.json`). Every problem in every file is collected; if there is any, one
 * {@link CnasRulesError} carries them all and nothing is returned. Folders whose `set.json` declares
 * another kind (tariff tables, parameters) are left to their own loader.
 */
export function buildCatalog(documents: readonly SourceDocument[]): RuleCatalog {
  const issues: Issue[] = [];
  const folders = new Map<string, Folder>();
  for (const doc of documentsOfKind(documents, 'criteria')) {
    if (doc.refused) {
      // A file the reader refused (not a regular file, a link out of the tree...): its reason, whatever its name.
      issues.push(doc.refused);
      continue;
    }
    const { set, name } = locate(doc.file);
    const folder = folders.get(set) ?? { versions: [], cases: [] };
    folders.set(set, folder);
    const version = VERSION_FILE.exec(name);
    const cases = CASES_FILE.exec(name);
    if (name === 'set.json') folder.setFile = doc;
    else if (version) folder.versions.push({ date: version[1]!, doc });
    else if (cases) folder.cases.push({ date: cases[1]!, doc });
    else {
      issues.push(
        makeIssue('file_name_mismatch', [], { field: 'file name', value: name, expected: 'set.json, YYYY-MM-DD.json or YYYY-MM-DD.cases.json' }, doc.file),
      );
    }
  }
  const catalog = new Map<string, LoadedRuleSet>();
  for (const [set, folder] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const loaded = loadFolder(set, folder, issues);
    if (loaded) catalog.set(set, loaded);
  }
  if (issues.length > 0) throw new CnasRulesError(issues);
  return catalog;
}

function loadFolder(set: string, folder: Folder, issues: Issue[]): LoadedRuleSet | undefined {
  let meta: RuleSetFile | undefined;
  if (!folder.setFile) {
    const anyFile = folder.versions[0]?.doc.file ?? folder.cases[0]?.doc.file ?? set;
    issues.push(makeIssue('missing_set_file', [], {}, anyFile.replace(/[^\\/]*$/, 'set.json')));
  } else {
    const parsed = parseDocument(folder.setFile, RuleSetFile);
    if (!parsed.ok) issues.push(...parsed.issues);
    else {
      meta = parsed.value;
      if (meta.id !== set) issues.push(makeIssue('file_name_mismatch', ['id'], { field: 'id', value: meta.id, expected: set }, folder.setFile.file));
    }
  }

  const versions: Array<{ file: string; data: RuleVersionFile }> = [];
  for (const { date, doc } of folder.versions) {
    const parsed = parseDocument(doc, RuleVersionFile);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const data = parsed.value;
    const before = issues.length;
    if (data.ruleSet !== set) issues.push(makeIssue('file_name_mismatch', ['ruleSet'], { field: 'ruleSet', value: data.ruleSet, expected: set }, doc.file));
    if (data.validFrom !== date) issues.push(makeIssue('file_name_mismatch', ['validFrom'], { field: 'validFrom', value: data.validFrom, expected: date }, doc.file));
    issues.push(...checkVersion(data, doc.file));
    if (issues.length === before) versions.push({ file: doc.file, data });
  }
  versions.sort((a, b) => a.data.validFrom.localeCompare(b.data.validFrom));
  issues.push(...checkTimeline(versions));

  const casesByDate = new Map<string, { file: string; data: CasesFile }>();
  for (const { date, doc } of folder.cases) {
    const parsed = parseDocument(doc, CasesFile);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const data = parsed.value;
    if (data.ruleSet !== set) issues.push(makeIssue('file_name_mismatch', ['ruleSet'], { field: 'ruleSet', value: data.ruleSet, expected: set }, doc.file));
    if (data.version !== date) issues.push(makeIssue('file_name_mismatch', ['version'], { field: 'version', value: data.version, expected: date }, doc.file));
    if (!folder.versions.some((v) => v.date === date)) {
      issues.push(makeIssue('unknown_reference', ['version'], { kind: 'version', id: date, known: folder.versions.map((v) => v.date) }, doc.file));
    }
    const seen = new Set<string>();
    data.cases.forEach((c, i) => {
      if (seen.has(c.id)) issues.push(makeIssue('duplicate_id', ['cases', i, 'id'], { kind: 'case', id: c.id }, doc.file));
      seen.add(c.id);
    });
    casesByDate.set(date, { file: doc.file, data });
  }

  if (!meta) return undefined;
  return {
    id: set,
    meta,
    versions: withLastDays(versions).map((v) => {
      const cases = casesByDate.get(v.data.validFrom);
      return cases ? { ...v, cases } : v;
    }),
  };
}
