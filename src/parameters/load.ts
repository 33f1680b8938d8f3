import type { z } from 'zod';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { type RuleFolderKind, documentsOfKind, locate } from '../ruleset/folder-kind.js';
import { type SourceDocument, parseDocument } from '../ruleset/parse-document.js';
import { RuleSetFile, RuleVersionFile } from '../ruleset/schema.js';
import { checkTimeline, withLastDays } from '../ruleset/timeline.js';
import { checkParametersVersion, checkTariffTableVersion } from './check.js';
import { outputParameterIssues } from './output-parameters.js';
import { ParametersVersionFile, TariffTableVersionFile } from '../ruleset/tariff-schema.js';

/** One dated version of a tariff table or of a parameters folder. */
export interface LoadedDatedVersion<T> {
  readonly file: string;
  readonly data: T;
  /** The last day in force: `validUntil`, else the day before the next version, else open-ended. */
  readonly lastDay: string | undefined;
}

/** A tariff-table or parameters folder: its `set.json` and its versions, oldest first. */
export interface LoadedDatedFolder<T> {
  readonly id: string;
  readonly meta: RuleSetFile;
  readonly versions: ReadonlyArray<LoadedDatedVersion<T>>;
}

export type LoadedTariffTable = LoadedDatedFolder<TariffTableVersionFile>;
export type LoadedParameterSet = LoadedDatedFolder<ParametersVersionFile>;

/** The tariff tables and parameters of a rule tree, checked. */
export interface TariffCatalog {
  readonly tables: ReadonlyMap<string, LoadedTariffTable>;
  readonly parameters: ReadonlyMap<string, LoadedParameterSet>;
}

const VERSION_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/**
 * Builds the tariff catalog from the documents of a rule tree: the folders whose `set.json` says
 * `"kind": "tariff-table"` or `"kind": "parameters"` (the others are criteria: see `buildCatalog`).
 * Every problem in every file is collected, including formulas that name a parameter no folder
 * declares; if there is any, one {@link CnasRulesError} carries them all and nothing is returned.
 */
export function buildTariffCatalog(documents: readonly SourceDocument[]): TariffCatalog {
  const issues: Issue[] = [];
  const refused = new Set<string>();
  const tables = loadKind(documents, 'tariff-table', TariffTableVersionFile, checkTariffTableVersion, issues, refused);
  const parameters = loadKind(documents, 'parameters', ParametersVersionFile, checkParametersVersion, issues, refused);
  issues.push(...checkParameterReferences(tables, parameters, refused));
  // The outputs of criteria versions name parameters too: checked here, so that every loader of a tree
  // (an evaluator, `validate`) refuses the same references. Versions that do not parse are the
  // criteria loader's to report.
  const criteria = documentsOfKind(documents, 'criteria')
    .filter((doc) => VERSION_FILE.test(locate(doc.file).name))
    .flatMap((doc) => {
      const parsed = parseDocument(doc, RuleVersionFile);
      return parsed.ok ? [{ file: doc.file, data: parsed.value }] : [];
    });
  issues.push(...outputParameterIssues(criteria, parameters, refused));
  if (issues.length > 0) throw new CnasRulesError(issues);
  return { tables, parameters };
}

type Check<T> = (data: T, file: string) => Issue[];

interface DatedData {
  readonly ruleSet: string;
  readonly validFrom: string;
  readonly validUntil?: string | undefined;
}

function loadKind<S extends z.ZodType<DatedData>>(
  documents: readonly SourceDocument[],
  kind: RuleFolderKind,
  schema: S,
  check: Check<z.output<S>>,
  issues: Issue[],
  refused: Set<string>,
): Map<string, LoadedDatedFolder<z.output<S>>> {
  const folders = new Map<string, SourceDocument[]>();
  for (const doc of documentsOfKind(documents, kind)) {
    const { set } = locate(doc.file);
    folders.set(set, [...(folders.get(set) ?? []), doc]);
  }
  const loaded = new Map<string, LoadedDatedFolder<z.output<S>>>();
  for (const [set, docs] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const before = issues.length;
    const folder = loadFolder(set, docs, schema, check, issues);
    if (folder) loaded.set(set, folder);
    if (issues.length > before) refused.add(set);
  }
  return loaded;
}

function loadFolder<S extends z.ZodType<DatedData>>(
  set: string,
  docs: readonly SourceDocument[],
  schema: S,
  check: Check<z.output<S>>,
  issues: Issue[],
): LoadedDatedFolder<z.output<S>> | undefined {
  let meta: RuleSetFile | undefined;
  const versions: Array<{ file: string; data: z.output<S> }> = [];
  for (const doc of docs) {
    const { name } = locate(doc.file);
    const date = VERSION_FILE.exec(name)?.[1];
    if (doc.refused) issues.push(doc.refused);
    else if (name === 'set.json') {
      // documentsOfKind only hands over folders whose set.json parsed, so this cannot fail.
      const parsed = parseDocument(doc, RuleSetFile);
      if (parsed.ok) meta = parsed.value;
      if (parsed.ok && parsed.value.id !== set) {
        issues.push(makeIssue('file_name_mismatch', ['id'], { field: 'id', value: parsed.value.id, expected: set }, doc.file));
      }
    } else if (date === undefined) {
      issues.push(makeIssue('file_name_mismatch', [], { field: 'file name', value: name, expected: 'set.json or YYYY-MM-DD.json' }, doc.file));
    } else {
      const version = loadVersion(set, date, doc, schema, check, issues);
      if (version) versions.push(version);
    }
  }
  versions.sort((a, b) => a.data.validFrom.localeCompare(b.data.validFrom));
  issues.push(...checkTimeline(versions));
  return meta && { id: set, meta, versions: withLastDays(versions) };
}

function loadVersion<S extends z.ZodType<DatedData>>(
  set: string,
  date: string,
  doc: SourceDocument,
  schema: S,
  check: Check<z.output<S>>,
  issues: Issue[],
): { file: string; data: z.output<S> } | undefined {
  const parsed = parseDocument(doc, schema);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return undefined;
  }
  const data = parsed.value;
  const found: Issue[] = [];
  if (data.ruleSet !== set) found.push(makeIssue('file_name_mismatch', ['ruleSet'], { field: 'ruleSet', value: data.ruleSet, expected: set }, doc.file));
  if (data.validFrom !== date) found.push(makeIssue('file_name_mismatch', ['validFrom'], { field: 'validFrom', value: data.validFrom, expected: date }, doc.file));
  found.push(...check(data, doc.file));
  issues.push(...found);
  return found.length === 0 ? { file: doc.file, data } : undefined;
}

/**
 * Every parameter a formula names must be declared by some version of its folder. A folder with a
 * refused file is skipped: its own issues say what is wrong, and the parameters of the refused file
 * are not known.
 */
function checkParameterReferences(
  tables: ReadonlyMap<string, LoadedTariffTable>,
  parameters: ReadonlyMap<string, LoadedParameterSet>,
  refused: ReadonlySet<string>,
): Issue[] {
  const declared = [...parameters.values()].flatMap((set) =>
    set.versions.flatMap((v) => Object.keys(v.data.parameters).map((id) => `${set.id}/${id}`)),
  );
  const known = [...new Set(declared)];
  const issues: Issue[] = [];
  for (const table of tables.values()) {
    for (const { file, data } of table.versions) {
      data.columns.forEach((column, c) => {
        if (!('formula' in column)) return;
        column.formula.multiply.forEach((operand, o) => {
          if (typeof operand !== 'object' || refused.has(operand.parameter.split('/')[0]!)) return;
          if (!known.includes(operand.parameter)) {
            issues.push(
              makeIssue('unknown_reference', ['columns', c, 'formula', 'multiply', o, 'parameter'], { kind: 'parameter', id: operand.parameter, known }, file),
            );
          }
        });
      });
    }
  }
  return issues;
}
