import type { Condition, RuleVersionFile } from './schema.js';
import { walkCondition } from './walk.js';

const readByVersion = new WeakMap<RuleVersionFile, ReadonlySet<string>>();

/**
 * The facts whose presence (`given`) a version's criteria, outcome or output rows test, read from the
 * rule once per version (constraints compare facts only, so they hold no presence test).
 */
export function presenceRead(data: RuleVersionFile): ReadonlySet<string> {
  const known = readByVersion.get(data);
  if (known) return known;
  const read = new Set<string>();
  const conditions: Condition[] = [
    ...data.criteria.flatMap((c) => (c.appliesWhen ? [c.appliesWhen, c.when] : [c.when])),
    ...(data.outcome ? [data.outcome] : []),
    ...data.outputs.flatMap((table) => table.rows.map((row) => row.when)),
  ];
  for (const condition of conditions) walkCondition(condition, { given: (fact) => void read.add(fact) }, []);
  readByVersion.set(data, read);
  return read;
}
