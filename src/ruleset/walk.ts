import type { Condition, FactCondition, RuleVersionFile } from './schema.js';

export type Path = ReadonlyArray<string | number>;

/** Visitors for the leaves of a condition tree. */
export interface ConditionVisitor {
  fact?(leaf: FactCondition, path: Path): void;
  criterion?(id: string, path: Path): void;
  sourceGap?(id: string, path: Path): void;
  given?(fact: string, path: Path): void;
}

/** Calls the visitor on every leaf of a condition, with the JSON path of the leaf. */
export function walkCondition(condition: Condition, visitor: ConditionVisitor, path: Path): void {
  if ('all' in condition) condition.all.forEach((c, i) => walkCondition(c, visitor, [...path, 'all', i]));
  else if ('any' in condition) condition.any.forEach((c, i) => walkCondition(c, visitor, [...path, 'any', i]));
  else if ('not' in condition) walkCondition(condition.not, visitor, [...path, 'not']);
  else if ('atLeast' in condition) condition.of.forEach((c, i) => walkCondition(c, visitor, [...path, 'of', i]));
  else if ('criterion' in condition) visitor.criterion?.(condition.criterion, path);
  else if ('sourceGap' in condition) visitor.sourceGap?.(condition.sourceGap, path);
  else if ('given' in condition) visitor.given?.(condition.given, path);
  else visitor.fact?.(condition, path);
}

/**
 * Every condition of a version that decides something, where it stands, in the file's order: each
 * criterion's `appliesWhen` and `when`, the outcome, each output row's `when`. Constraints are not
 * among them (they refuse facts; a caller that reads them adds them).
 */
export function versionConditions(data: RuleVersionFile): Array<{ condition: Condition; path: Path }> {
  return [
    ...data.criteria.flatMap((c, i) => [
      ...(c.appliesWhen ? [{ condition: c.appliesWhen, path: ['criteria', i, 'appliesWhen'] }] : []),
      { condition: c.when, path: ['criteria', i, 'when'] },
    ]),
    ...(data.outcome ? [{ condition: data.outcome, path: ['outcome'] }] : []),
    ...data.outputs.flatMap((t, ti) => t.rows.map((r, ri) => ({ condition: r.when, path: ['outputs', ti, 'rows', ri, 'when'] }))),
  ];
}
