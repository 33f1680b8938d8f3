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
  // Every part's presence tests together (each part's set includes those of the criteria it refers to).
  const parts = presenceReadByPart(data);
  const read = new Set<string>(parts.outcome);
  for (const criterion of data.criteria) for (const fact of parts.criterion(criterion.id)) read.add(fact);
  for (const table of data.outputs) for (const fact of parts.table(table.id)) read.add(fact);
  readByVersion.set(data, read);
  return read;
}

/** The presence tests each part of a version reads, through the criteria it refers to. */
export interface PresenceByPart {
  readonly outcome: ReadonlySet<string>;
  criterion(id: string): ReadonlySet<string>;
  /** A table's rows, and the outcome's when the table answers only for eligible patients. */
  table(id: string): ReadonlySet<string>;
}

const byPartByVersion = new WeakMap<RuleVersionFile, PresenceByPart>();

/**
 * The facts whose presence each part reads: a completion may give a value to a fact whose presence
 * another part reads, but never to one its own part reads (that would answer for the caller that it was given).
 */
export function presenceReadByPart(data: RuleVersionFile): PresenceByPart {
  const known = byPartByVersion.get(data);
  if (known) return known;
  const criteria = new Map<string, Set<string>>();
  const readBy = (conditions: readonly Condition[], read = new Set<string>()): Set<string> => {
    const visitor = {
      given: (fact: string) => void read.add(fact),
      criterion: (id: string) => criterion(id).forEach((fact) => read.add(fact)),
    };
    for (const condition of conditions) walkCondition(condition, visitor, []);
    return read;
  };
  const criterion = (id: string): ReadonlySet<string> => {
    let read = criteria.get(id);
    if (read) return read;
    // Set before the walk: criteria refer to one another without cycles, and a cycle would end here.
    criteria.set(id, (read = new Set()));
    const found = data.criteria.find((c) => c.id === id);
    if (found) readBy(found.appliesWhen ? [found.appliesWhen, found.when] : [found.when], read);
    return read;
  };
  const outcome = readBy(data.outcome ? [data.outcome] : data.criteria.map((c) => ({ criterion: c.id })));
  const tables = new Map<string, ReadonlySet<string>>();
  const table = (id: string): ReadonlySet<string> => {
    let read = tables.get(id);
    if (!read) {
      const found = data.outputs.find((t) => t.id === id);
      read = found ? readBy(found.rows.map((row) => row.when), new Set(found.onlyWhenMet ? outcome : [])) : new Set();
      tables.set(id, read);
    }
    return read;
  };
  const parts = { outcome, criterion, table };
  byPartByVersion.set(data, parts);
  return parts;
}
