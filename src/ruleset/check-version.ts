import { isIsoDate } from '../calendar/dates.js';
import { makeIssue } from '../errors/make-issue.js';
import type { Issue, IssueCode } from '../errors/issue.js';
import { OPERATORS_BY_TYPE, derivedType, factTypeOf } from './fact-types.js';
import type { Condition, DerivedFact, FactCondition, RuleVersionFile, SourceGapReach } from './schema.js';
import { type Path, walkCondition } from './walk.js';

const DECIMAL = /^-?(0|[1-9]\d{0,14})(\.\d{1,10})?$/;

/**
 * Checks what a schema cannot: that every reference resolves, that operators and values fit the
 * types of the facts they compare, that criteria do not refer to each other in a cycle, and that a
 * legal act with an unknown number, date or Monitorul Oficial says so in a sourceGap. Returns every
 * problem found.
 */
export function checkVersion(version: RuleVersionFile, file: string): Issue[] {
  const issues: Issue[] = [];
  const report = (code: IssueCode, path: Path, params: Record<string, unknown>) =>
    issues.push(makeIssue(code, path, params, file));

  const criterionIds = version.criteria.map((c) => c.id);
  const outputIds = version.outputs.map((o) => o.id);
  const gapIds = version.sourceGaps.map((g) => g.id);
  const sourceIds = Object.keys(version.provenance.sources);
  const actIds = Object.keys(version.provenance.acts);

  checkUnique(criterionIds, 'criterion', ['criteria'], report);
  checkUnique(outputIds, 'output', ['outputs'], report);
  checkUnique(gapIds, 'sourceGap', ['sourceGaps'], report);
  checkUnique(version.interpretations.map((i) => i.id), 'interpretation', ['interpretations'], report);
  version.outputs.forEach((table, t) => checkUnique(table.rows.map((r) => r.id), 'row', ['outputs', t, 'rows'], report));
  for (const [id, fact] of Object.entries(version.facts)) {
    if (fact.type === 'enum') checkUnique(fact.values.map((v) => v.id), 'enum value', ['facts', id, 'values'], report);
    if (Object.hasOwn(version.derived, id)) report('duplicate_id', ['derived', id], { kind: 'fact', id });
  }

  const ref = (kind: string, id: string, known: readonly string[], path: Path) => {
    if (!known.includes(id)) report('unknown_reference', path, { kind, id, known });
  };

  // Calendar functions read date facts (or asOf); arithmetic reads number facts.
  const factsOfType = (...types: string[]) =>
    Object.entries(version.facts).filter(([, f]) => types.includes(f.type)).map(([id]) => id);
  // Derived facts are computed in the order they are declared, so an input may be an earlier one of its type.
  const dateFacts = factsOfType('date');
  const numberFacts = factsOfType('decimal', 'integer');
  const listFacts = factsOfType('dateList');
  for (const [id, derived] of Object.entries(version.derived)) {
    for (const { key, kind, input } of typedInputs(derived)) {
      if (input === 'asOf' && kind === 'date') continue;
      const known = kind === 'date' ? dateFacts : kind === 'number' ? numberFacts : listFacts;
      ref(`${kind === 'list' ? 'dateList' : kind} fact`, input, known, ['derived', id, ...key]);
    }
    if (derivedType(derived) === 'date') dateFacts.push(id);
    else numberFacts.push(id);
  }

  const checkLeaf = (leaf: FactCondition, path: Path) => checkFactLeaf(leaf, path, version, report);
  const visitor = {
    fact: checkLeaf,
    criterion: (id: string, path: Path) => ref('criterion', id, criterionIds, [...path, 'criterion']),
    sourceGap: (id: string, path: Path) => ref('sourceGap', id, gapIds, [...path, 'sourceGap']),
    given: (fact: string, path: Path) => {
      if (factTypeOf(fact, version.facts, version.derived) === undefined) report('unknown_reference', [...path, 'given'], { kind: 'fact', id: fact });
    },
  };
  const checkCondition = (condition: Condition, path: Path) => {
    walkCondition(condition, visitor, path);
    checkAtLeast(condition, path, report);
  };

  version.criteria.forEach((criterion, i) => {
    checkCondition(criterion.when, ['criteria', i, 'when']);
    if (criterion.appliesWhen) checkCondition(criterion.appliesWhen, ['criteria', i, 'appliesWhen']);
    ref('act', criterion.cite.act, actIds, ['criteria', i, 'cite', 'act']);
    ref('source', criterion.cite.source, sourceIds, ['criteria', i, 'cite', 'source']);
  });
  if (version.outcome) checkCondition(version.outcome, ['outcome']);
  checkUnique(version.constraints.map((c) => c.id), 'constraint', ['constraints'], report);
  version.constraints.forEach((constraint, i) =>
    walkCondition(
      constraint.forbid,
      {
        fact: checkLeaf,
        criterion: (id, path) => report('unknown_reference', [...path, 'criterion'], { kind: 'fact comparison (constraints compare facts only), not criterion', id }),
        sourceGap: (id, path) => report('unknown_reference', [...path, 'sourceGap'], { kind: 'fact comparison (constraints compare facts only), not sourceGap', id }),
        given: (id, path) => report('unknown_reference', [...path, 'given'], { kind: 'fact comparison (constraints compare facts only), not given', id }),
      },
      ['constraints', i, 'forbid'],
    ),
  );
  version.outputs.forEach((table, t) => {
    if (table.cite) {
      ref('act', table.cite.act, actIds, ['outputs', t, 'cite', 'act']);
      ref('source', table.cite.source, sourceIds, ['outputs', t, 'cite', 'source']);
    }
    table.rows.forEach((row, r) => {
      checkCondition(row.when, ['outputs', t, 'rows', r, 'when']);
      for (const [field, value] of Object.entries(row.then)) {
        if (typeof value === 'object' && 'fact' in value && factTypeOf(value.fact, version.facts, version.derived) === undefined) {
          report('unknown_reference', ['outputs', t, 'rows', r, 'then', field, 'fact'], { kind: 'fact', id: value.fact });
        }
        const codes = table.codes?.[field];
        // A coded field holds one of its codes, written out, so every value has its labels.
        if (codes && (typeof value !== 'string' || !(value in codes))) {
          report('unknown_reference', ['outputs', t, 'rows', r, 'then', field], { kind: `code of "${field}"`, id: typeof value === 'string' ? value : JSON.stringify(value), known: Object.keys(codes) });
        }
      }
    });
  });

  version.provenance.amendedBy.forEach((id, i) => ref('act', id, actIds, ['provenance', 'amendedBy', i]));
  version.sourceGaps.forEach((gap, g) => {
    if (gap.recoveredFrom) ref('source', gap.recoveredFrom, sourceIds, ['sourceGaps', g, 'recoveredFrom']);
    gap.criteria?.forEach((id, i) => ref('criterion', id, [...criterionIds, ...outputIds], ['sourceGaps', g, 'criteria', i]));
    if (gap.reaches) checkReach(gap.reaches, ['sourceGaps', g, 'reaches'], version, report);
  });
  if (version.uncertainStart) checkUncertainStart(version, report);
  version.interpretations.forEach((interp, n) =>
    interp.criteria?.forEach((id, i) =>
      ref('criterion', id, [...criterionIds, ...outputIds], ['interpretations', n, 'criteria', i]),
    ),
  );

  checkProvenanceGaps(version, report);
  checkCycles(version, report);
  return issues;
}

/** A gap's reach names criteria, outputs and facts of the version, on days in order. */
function checkReach(reach: SourceGapReach, path: Path, version: RuleVersionFile, report: Report): void {
  const ids = [...version.criteria.map((c) => c.id), ...version.outputs.map((o) => o.id)];
  reach.ids.forEach((id, i) => {
    if (!ids.includes(id)) report('unknown_reference', [...path, 'ids', i], { kind: 'criterion or output', id, known: ids });
  });
  reach.whenFactsGiven?.forEach((id, i) => {
    if (!Object.hasOwn(version.facts, id)) report('unknown_reference', [...path, 'whenFactsGiven', i], { kind: 'fact', id });
  });
  if (reach.from !== undefined && reach.until !== undefined && reach.until < reach.from) {
    report('value_not_allowed', [...path, 'until'], { fact: 'reaches.until', value: reach.until, reason: `it is before reaches.from (${reach.from})` });
  }
}

/** An uncertain start closes after validFrom (its earliest day) and is explained by a provenance gap. */
function checkUncertainStart(version: RuleVersionFile, report: Report): void {
  const start = version.uncertainStart!;
  const path = ['uncertainStart'];
  if (start.latest !== undefined && start.latest <= version.validFrom) {
    report('value_not_allowed', [...path, 'latest'], { fact: 'uncertainStart.latest', value: start.latest, reason: `it must be after validFrom (${version.validFrom}), the earliest day` });
  }
  const provenanceGaps = version.sourceGaps.filter((gap) => gap.kind === 'provenance').map((gap) => gap.id);
  if (!provenanceGaps.includes(start.gap)) {
    report('unknown_reference', [...path, 'gap'], { kind: 'sourceGap of kind provenance', id: start.gap, known: provenanceGaps });
  }
}

export type Report = (code: IssueCode, path: Path, params: Record<string, unknown>) => void;

export function checkUnique(ids: readonly string[], kind: string, path: Path, report: Report): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report('duplicate_id', [...path, i], { kind, id });
    seen.add(id);
  });
}

function checkAtLeast(condition: Condition, path: Path, report: Report): void {
  const stack: Array<[Condition, Path]> = [[condition, path]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if ('atLeast' in node) {
      if (node.atLeast > node.of.length) {
        report('value_not_allowed', [...at, 'atLeast'], {
          fact: 'atLeast',
          value: node.atLeast,
          reason: `it asks for more conditions than the ${node.of.length} listed`,
        });
      }
      node.of.forEach((c, i) => stack.push([c, [...at, 'of', i]]));
    } else if ('all' in node) node.all.forEach((c, i) => stack.push([c, [...at, 'all', i]]));
    else if ('any' in node) node.any.forEach((c, i) => stack.push([c, [...at, 'any', i]]));
    else if ('not' in node) stack.push([node.not, [...at, 'not']]);
  }
}

function checkFactLeaf(leaf: FactCondition, path: Path, version: RuleVersionFile, report: Report): void {
  const type = factTypeOf(leaf.fact, version.facts, version.derived);
  if (type === undefined) {
    report('unknown_reference', [...path, 'fact'], {
      kind: 'fact',
      id: leaf.fact,
      known: [...Object.keys(version.facts), ...Object.keys(version.derived)],
    });
    return;
  }
  const allowed = OPERATORS_BY_TYPE[type];
  if (!allowed.includes(leaf.operator)) {
    report('operator_not_allowed', [...path, 'operator'], { operator: leaf.operator, fact: leaf.fact, factType: type, allowed });
    return;
  }
  const reason = valueProblem(leaf, type, version);
  if (reason) report('value_not_allowed', [...path, 'value'], { fact: leaf.fact, value: leaf.value, reason });
}

function valueProblem(leaf: FactCondition, type: string, version: RuleVersionFile): string | undefined {
  const { value, operator } = leaf;
  switch (type) {
    case 'decimal':
    case 'integer':
      return typeof value === 'string' && DECIMAL.test(value) ? undefined : 'expected a decimal string such as "70"';
    case 'date':
      return isIsoDate(value) ? undefined : 'expected a date written YYYY-MM-DD';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    default: {
      const declaration = version.facts[leaf.fact];
      const ids = declaration?.type === 'enum' ? declaration.values.map((v) => v.id) : [];
      const listed = operator === 'in' || operator === 'notIn';
      if (listed !== Array.isArray(value)) return listed ? 'in/notIn take a list of values' : 'expected one value, not a list';
      const unknown = (Array.isArray(value) ? value : [value]).filter((v) => typeof v !== 'string' || !ids.includes(v));
      return unknown.length === 0 ? undefined : `not among the allowed values (${ids.join(', ')}): ${unknown.join(', ')}`;
    }
  }
}

/** An act without number, date or Monitorul Oficial needs a sourceGap of kind provenance saying why (any dated version). */
export function checkProvenanceGaps(version: Pick<RuleVersionFile, 'provenance' | 'sourceGaps'>, report: Report): void {
  const declared = version.sourceGaps.some((gap) => gap.kind === 'provenance');
  for (const [id, act] of Object.entries(version.provenance.acts)) {
    const fields = (['number', 'date', 'monitorulOficial'] as const).filter((field) => act[field] === undefined);
    if (fields.length > 0 && !declared) report('provenance_gap_undeclared', ['provenance', 'acts', id], { act: id, fields });
  }
}

function checkCycles(version: RuleVersionFile, report: Report): void {
  const edges = new Map<string, string[]>();
  for (const criterion of version.criteria) {
    const targets: string[] = [];
    const collect = { criterion: (id: string) => targets.push(id) };
    walkCondition(criterion.when, collect, []);
    if (criterion.appliesWhen) walkCondition(criterion.appliesWhen, collect, []);
    edges.set(criterion.id, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const index = version.criteria.findIndex((c) => c.id === id);
      report('criterion_cycle', ['criteria', index], { cycle: [...trail.slice(trail.indexOf(id)), id] });
      return;
    }
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
}

/** What each input of a derived fact must be: a date (or asOf), a number or a list of dates, with its path. */
function typedInputs(derived: DerivedFact): Array<{ key: Path; kind: 'date' | 'number' | 'list'; input: string }> {
  const date = (key: string, input: string) => ({ key: [key], kind: 'date' as const, input });
  switch (derived.fn) {
    case 'difference':
      return (['left', 'right'] as const).flatMap((side) => {
        const operand = derived[side];
        return 'fact' in operand ? [{ key: [side, 'fact'], kind: 'number' as const, input: operand.fact }] : [];
      });
    case 'remainder':
      return [{ key: ['of'], kind: 'number', input: derived.of }];
    case 'countWithin':
    case 'earliestUnderLimit':
    case 'listDate':
      return [
        { key: ['dates'], kind: 'list', input: derived.dates },
        date('to', derived.to),
        ...('from' in derived.window ? [{ key: ['window', 'from'], kind: 'date' as const, input: derived.window.from }] : []),
      ];
    case 'daysUntilMonthsLater':
    case 'periodDays':
    case 'periodStart':
    case 'periodEnd':
      return [date('from', derived.from)];
    default:
      return [date('from', derived.from), date('to', derived.to)];
  }
}
