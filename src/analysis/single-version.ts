import { type AnyRegistry, type Evaluator } from '../evaluate/evaluator.js';
import { createEvaluator } from '../create-evaluator.js';
import type { LoadedRuleSet, LoadedVersion } from '../ruleset/catalog.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import type { TariffCatalog } from '../parameters/load.js';

/** The first day any evaluation date can name, so a lone version answers whatever the date. */
const ALWAYS = '0001-01-01';

/**
 * An evaluator that holds one version of one set, in force on every date: to evaluate the same
 * patient under two versions, or under a mutant of one, whatever the patient's evaluation date.
 */
export function singleVersionEvaluator(
  set: LoadedRuleSet,
  version: LoadedVersion,
  parameters: TariffCatalog,
  data: RuleVersionFile = version.data,
): Evaluator<AnyRegistry> {
  const { validUntil: _until, ...open } = data;
  const lone: LoadedVersion = { ...version, data: { ...open, validFrom: ALWAYS }, lastDay: undefined };
  return createEvaluator<AnyRegistry>({ catalog: new Map([[set.id, { ...set, versions: [lone] }]]), parameters });
}

/** An evaluator of the set with one version's data replaced (a mutant), its dates and the other versions kept. */
export function evaluatorWithVersion(
  set: LoadedRuleSet,
  version: LoadedVersion,
  parameters: TariffCatalog,
  data: RuleVersionFile,
): Evaluator<AnyRegistry> {
  const versions = set.versions.map((v) => (v === version ? { ...v, data } : v));
  // The compiled engine: a differential test holds it to the reference engine's decisions, at a fraction of the time.
  return createEvaluator<AnyRegistry>({ catalog: new Map([[set.id, { ...set, versions }]]), parameters, engine: 'compiled' });
}
