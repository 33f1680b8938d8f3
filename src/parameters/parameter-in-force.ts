import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { Parameter, ParametersVersionFile } from '../ruleset/tariff-schema.js';
import { type Dated, notInForce, versionInForce } from '../ruleset/timeline.js';
import type { LoadedDatedFolder, LoadedDatedVersion, TariffCatalog } from './load.js';

/** A dated parameter found in force: the parameter as its folder's version states it, and that version. */
export interface ParameterInForce {
  readonly parameter: Parameter;
  readonly version: LoadedDatedVersion<ParametersVersionFile>;
}

/** The version of a folder (a tariff table or parameters) in force on `asOf`, or a `not_in_force` issue listing the versions. */
export function inForce<T extends Dated>(folder: LoadedDatedFolder<T>, asOf: string): LoadedDatedVersion<T> | Issue {
  const version = versionInForce(folder.versions, asOf);
  return version ?? notInForce(folder.id, asOf, folder.versions);
}

/**
 * The parameter `id` (`<folder>/<parameter id>`) as in force on `asOf`, or the issue that says why there
 * is none (`path` names the field that asked for it). Evaluation and the tariff API describe what it
 * returns each in their own terms.
 */
export function parameterInForce(catalog: TariffCatalog, id: string, asOf: string, path: readonly (string | number)[]): ParameterInForce | Issue {
  const [folderId = '', parameterId = ''] = id.split('/');
  const folder = catalog.parameters.get(folderId);
  if (!folder) {
    const known = [...catalog.parameters.values()].flatMap((f) => f.versions.flatMap((v) => Object.keys(v.data.parameters).map((p) => `${f.id}/${p}`)));
    return makeIssue('unknown_parameter', path, { id, asOf, known: [...new Set(known)] });
  }
  const version = inForce(folder, asOf);
  if (!('data' in version)) return version;
  const parameter = version.data.parameters[parameterId];
  if (!parameter) {
    return makeIssue('unknown_parameter', path, { id, asOf, known: Object.keys(version.data.parameters).map((p) => `${folder.id}/${p}`) });
  }
  return { parameter, version };
}
