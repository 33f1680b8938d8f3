import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import type { LoadedParameterSet } from './load.js';

/** Every parameter an output of a criteria version refers to must exist in some version of its parameters folder. */
export function outputParameterIssues(
  versions: ReadonlyArray<{ readonly file: string; readonly data: RuleVersionFile }>,
  parameters: ReadonlyMap<string, LoadedParameterSet>,
  refused: ReadonlySet<string> = new Set(),
): Issue[] {
  const issues: Issue[] = [];
  for (const { file, data } of versions) {
    data.outputs.forEach((table, t) =>
      table.rows.forEach((row, r) => {
        for (const [field, value] of Object.entries(row.then)) {
          if (typeof value !== 'object' || !('parameter' in value)) continue;
          const [folderId = '', parameterId = ''] = value.parameter.split('/');
          if (refused.has(folderId)) continue;
          const folder = parameters.get(folderId);
          if (folder?.versions.some((v) => Object.hasOwn(v.data.parameters, parameterId))) continue;
          issues.push(makeIssue('unknown_reference', ['outputs', t, 'rows', r, 'then', field, 'parameter'], { kind: 'parameter', id: value.parameter }, file));
        }
      }),
    );
  }
  return issues;
}
