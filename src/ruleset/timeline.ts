import { addDays, isIsoDate } from '../calendar/dates.js';
import { describeValue } from '../errors/bounded.js';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';

/**
 * The days of a dated version, whatever the folder holds (criteria, tariff tables, parameters): it is in
 * force from `validFrom` (its file name) until the day before the next version, or until its own
 * `validUntil` when the act sets an end.
 */
export interface Dated {
  readonly validFrom: string;
  readonly validUntil?: string | undefined;
}

interface DatedFile {
  readonly file: string;
  readonly data: Dated;
}

/** A version ends where the next begins, or at its declared `validUntil`, which may not reach into the next. */
export function checkTimeline(versions: readonly DatedFile[]): Issue[] {
  const issues: Issue[] = [];
  versions.forEach(({ file, data }, i) => {
    const next = versions[i + 1];
    if (next && next.data.validFrom === data.validFrom) {
      issues.push(makeIssue('duplicate_version', ['validFrom'], { validFrom: data.validFrom, files: [file, next.file] }, file));
    }
    if (data.validUntil !== undefined && data.validUntil < data.validFrom) {
      issues.push(makeIssue('version_overlap', ['validUntil'], { validFrom: data.validFrom, validUntil: data.validUntil, next: data.validFrom }, file));
    }
    if (next && data.validUntil !== undefined && data.validUntil >= next.data.validFrom) {
      issues.push(makeIssue('version_overlap', ['validUntil'], { validFrom: data.validFrom, validUntil: data.validUntil, next: next.data.validFrom }, file));
    }
  });
  return issues;
}

/** Each version (sorted oldest first) with its last day: `validUntil`, else the day before the next version, else open-ended. */
export function withLastDays<V extends { readonly data: Dated }>(versions: readonly V[]): Array<V & { readonly lastDay: string | undefined }> {
  return versions.map((version, i) => {
    const next = versions[i + 1];
    return { ...version, lastDay: version.data.validUntil ?? (next ? addDays(next.data.validFrom, -1) : undefined) };
  });
}

/** The version in force on `asOf`, if any. */
export function versionInForce<V extends { readonly data: Dated; readonly lastDay: string | undefined }>(
  versions: readonly V[],
  asOf: string,
): V | undefined {
  return versions.find((v) => v.data.validFrom <= asOf && (v.lastDay === undefined || asOf <= v.lastDay));
}

/** The versions as a `not_in_force` issue lists them: `validFrom..lastDay`. */
export function versionSpans(versions: ReadonlyArray<{ readonly data: Dated; readonly lastDay: string | undefined }>): string[] {
  return versions.map((v) => `${v.data.validFrom}..${v.lastDay ?? ''}`);
}

/** Refuses an evaluation date that is not a calendar date: there is no hidden "today". */
export function assertAsOf(asOf: unknown): asserts asOf is string {
  if (!isIsoDate(asOf)) {
    throw new CnasRulesError([makeIssue('invalid_as_of', ['asOf'], { received: describeValue(asOf) })]);
  }
}

/** The issue for a date on which no version of a folder is in force, listing the versions and their days. */
export function notInForce(
  id: string,
  asOf: string,
  versions: ReadonlyArray<{ readonly data: Dated; readonly lastDay: string | undefined }>,
): Issue {
  return makeIssue('not_in_force', ['asOf'], { ruleSet: id, asOf, versions: versionSpans(versions) });
}
