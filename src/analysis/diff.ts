import type { Decision } from '../evaluate/decision.js';
import { CnasRulesError } from '../errors/issue.js';
import type { LoadedRuleSet, LoadedVersion } from '../ruleset/catalog.js';
import type { Condition, FactCondition, RuleVersionFile, TestCase } from '../ruleset/schema.js';
import { walkCondition } from '../ruleset/walk.js';
import type { TariffCatalog } from '../parameters/load.js';
import { comparedFacts, representativeValues } from './fact-values.js';
import { singleVersionEvaluator } from './single-version.js';

type Localized = { readonly ro: string; readonly en: string };

/** A comparison whose operator or constant changed at the same place of a condition. */
export interface ThresholdChange {
  readonly path: string;
  readonly fact: string;
  readonly before: string;
  readonly after: string;
}

export interface CriterionChange {
  readonly id: string;
  readonly law?: { readonly before: Localized; readonly after: Localized };
  readonly title?: { readonly before: Localized; readonly after: Localized };
  readonly citation?: { readonly before: string; readonly after: string };
  readonly thresholds: readonly ThresholdChange[];
  /** The condition changed in shape (parts added, removed or regrouped), beyond its thresholds. */
  readonly restructured: boolean;
}

/** A group of patients whose outcome differs between the versions, by the criteria whose status differs. */
export interface OutcomeFlip {
  readonly criteria: readonly string[];
  readonly count: number;
  readonly transitions: Readonly<Record<string, number>>;
  readonly examples: ReadonlyArray<{ readonly patient: string; readonly asOf: string; readonly before: string; readonly after: string }>;
}

export interface VersionDiff {
  readonly ruleSet: string;
  readonly from: { readonly validFrom: string; readonly file: string };
  readonly to: { readonly validFrom: string; readonly file: string };
  readonly provenance: {
    readonly actsAdded: readonly string[];
    readonly actsRemoved: readonly string[];
    readonly amendedBy: { readonly before: readonly string[]; readonly after: readonly string[] };
  };
  readonly criteria: {
    readonly added: ReadonlyArray<{ readonly id: string; readonly law: Localized }>;
    readonly removed: ReadonlyArray<{ readonly id: string; readonly law: Localized }>;
    readonly changed: readonly CriterionChange[];
  };
  readonly facts: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  readonly outputs: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  readonly sourceGaps: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly interpretations: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  readonly outcomes: {
    readonly patients: number;
    readonly fromCases: number;
    readonly changed: number;
    readonly flips: readonly OutcomeFlip[];
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyedChanges<T>(before: Record<string, T>, after: Record<string, T>) {
  return {
    added: Object.keys(after).filter((id) => !Object.hasOwn(before, id)),
    removed: Object.keys(before).filter((id) => !Object.hasOwn(after, id)),
    changed: Object.keys(after).filter((id) => Object.hasOwn(before, id) && !same(before[id], after[id])),
  };
}

const byId = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((item) => [item.id, item]));

function leavesByPath(condition: Condition | undefined, prefix: string): Map<string, FactCondition> {
  const leaves = new Map<string, FactCondition>();
  if (condition) walkCondition(condition, { fact: (leaf, path) => leaves.set([prefix, ...path].join('.'), leaf) }, []);
  return leaves;
}

/** With every constant and operator blanked: equal shapes mean only thresholds changed. */
const shapeOf = (condition: Condition | undefined) =>
  JSON.stringify(condition ?? null, (key, value) => (key === 'value' || key === 'operator' ? '' : value));

function criterionChange(before: RuleVersionFile['criteria'][number], after: RuleVersionFile['criteria'][number], data: { from: RuleVersionFile; to: RuleVersionFile }): CriterionChange | undefined {
  const thresholds: ThresholdChange[] = [];
  for (const part of ['appliesWhen', 'when'] as const) {
    const old = leavesByPath(before[part], part);
    for (const [path, leaf] of leavesByPath(after[part], part)) {
      const was = old.get(path);
      if (was && was.fact === leaf.fact && (was.operator !== leaf.operator || !same(was.value, leaf.value))) {
        thresholds.push({ path, fact: leaf.fact, before: `${was.operator} ${JSON.stringify(was.value)}`, after: `${leaf.operator} ${JSON.stringify(leaf.value)}` });
      }
    }
  }
  const restructured = shapeOf(before.when) !== shapeOf(after.when) || shapeOf(before.appliesWhen) !== shapeOf(after.appliesWhen);
  const cite = (d: RuleVersionFile, c: typeof before.cite) => `${d.provenance.acts[c.act]?.short ?? c.act}, ${c.location}`;
  const citation = { before: cite(data.from, before.cite), after: cite(data.to, after.cite) };
  const change: CriterionChange = {
    id: after.id,
    ...(!same(before.law, after.law) && { law: { before: before.law, after: after.law } }),
    ...(!same(before.title, after.title) && { title: { before: before.title, after: after.title } }),
    ...(citation.before !== citation.after && { citation }),
    thresholds,
    restructured,
  };
  return change.law || change.title || change.citation || thresholds.length > 0 || restructured ? change : undefined;
}

/** The structural differences between two versions of a set, in the law's words. */
export function diffStructure(from: LoadedVersion, to: LoadedVersion): Omit<VersionDiff, 'outcomes'> {
  const [a, b] = [from.data, to.data];
  const [ca, cb] = [byId(a.criteria), byId(b.criteria)];
  const criteria = keyedChanges(ca, cb);
  return {
    ruleSet: b.ruleSet,
    from: { validFrom: a.validFrom, file: from.file },
    to: { validFrom: b.validFrom, file: to.file },
    provenance: {
      actsAdded: Object.keys(b.provenance.acts).filter((id) => !Object.hasOwn(a.provenance.acts, id)),
      actsRemoved: Object.keys(a.provenance.acts).filter((id) => !Object.hasOwn(b.provenance.acts, id)),
      amendedBy: { before: a.provenance.amendedBy, after: b.provenance.amendedBy },
    },
    criteria: {
      added: criteria.added.map((id) => ({ id, law: cb[id]!.law })),
      removed: criteria.removed.map((id) => ({ id, law: ca[id]!.law })),
      changed: b.criteria.flatMap((c) => {
        const old = ca[c.id];
        const change = old && criterionChange(old, c, { from: a, to: b });
        return change ? [change] : [];
      }),
    },
    facts: keyedChanges({ ...a.facts, ...a.derived }, { ...b.facts, ...b.derived }),
    outputs: keyedChanges(byId(a.outputs), byId(b.outputs)),
    sourceGaps: (({ added, removed }) => ({ added, removed }))(keyedChanges(byId(a.sourceGaps), byId(b.sourceGaps))),
    interpretations: keyedChanges(byId(a.interpretations), byId(b.interpretations)),
  };
}

/** At most this many patients are generated around the cases, to keep a diff quick. */
export const DIFF_PATIENT_CAP = 20_000;

interface Patient {
  readonly name: string;
  readonly asOf: string;
  readonly facts: Record<string, unknown>;
}

/**
 * The patients an outcome diff evaluates: every case of both versions, then each case with one
 * declared fact set to a value in every region the thresholds of either version cut (just below,
 * on, just above each threshold) or removed (unknown).
 */
export function diffPatients(from: LoadedVersion, to: LoadedVersion, cap = DIFF_PATIENT_CAP): Patient[] {
  const cases: TestCase[] = [...(from.cases?.data.cases ?? []), ...(to.cases?.data.cases ?? [])].filter((c) => 'outcome' in c.expect);
  const patients: Patient[] = cases.map((c) => ({ name: `case ${c.id}`, asOf: c.asOf, facts: c.facts }));
  const declared = { ...from.data.facts, ...to.data.facts };
  const facts = [...comparedFacts(from.data), ...comparedFacts(to.data)];
  const merged = new Map<string, (typeof facts)[number][1]>();
  for (const [id, fact] of facts) {
    if (fact.derived || !Object.hasOwn(declared, id)) continue;
    const known = merged.get(id);
    merged.set(id, known ? { ...known, thresholds: [...known.thresholds, ...fact.thresholds] } : fact);
  }
  const variations = [...merged.values()].flatMap((fact) => [...representativeValues(fact).map((value) => [fact.id, value] as const), [fact.id, undefined] as const]);
  const perCase = Math.max(1, Math.floor((cap - patients.length) / Math.max(1, variations.length)));
  const bases = cases.filter((_, i) => i % Math.max(1, Math.ceil(cases.length / perCase)) === 0);
  for (const base of bases) {
    for (const [fact, value] of variations) {
      if (patients.length >= cap) break;
      const { [fact]: _dropped, ...rest } = base.facts;
      patients.push({ name: `case ${base.id} with ${fact} ${value === undefined ? 'unknown' : `= ${String(value)}`}`, asOf: base.asOf, facts: value === undefined ? rest : { ...rest, [fact]: value } });
    }
  }
  return patients;
}

const declaredOnly = (facts: Record<string, unknown>, data: RuleVersionFile) =>
  Object.fromEntries(Object.entries(facts).filter(([id]) => Object.hasOwn(data.facts, id)));

const summary = (d: Decision | CnasRulesError) => (d instanceof CnasRulesError ? `refused (${d.issues[0]?.code})` : d.outcome);

/** Evaluates every diff patient under both versions and groups the changed outcomes by the criteria whose status changed. */
export async function diffOutcomes(set: LoadedRuleSet, from: LoadedVersion, to: LoadedVersion, parameters: TariffCatalog): Promise<VersionDiff['outcomes']> {
  const [before, after] = [singleVersionEvaluator(set, from, parameters), singleVersionEvaluator(set, to, parameters)];
  const patients = diffPatients(from, to);
  const groups = new Map<string, { criteria: string[]; count: number; transitions: Record<string, number>; examples: OutcomeFlip['examples'][number][] }>();
  let changed = 0;
  const settle = async (p: Promise<Decision>) => p.catch((error: unknown) => { if (error instanceof CnasRulesError) return error; throw error; });
  for (const patient of patients) {
    // A fact one version does not declare is one it cannot read: each version sees only its own facts.
    const [a, b] = [
      await settle(before.evaluate(set.id, declaredOnly(patient.facts, from.data), { asOf: patient.asOf, acceptEarliestStart: true })),
      await settle(after.evaluate(set.id, declaredOnly(patient.facts, to.data), { asOf: patient.asOf, acceptEarliestStart: true })),
    ];
    const [sa, sb] = [summary(a), summary(b)];
    if (sa === sb) continue;
    changed += 1;
    const criteria = a instanceof CnasRulesError || b instanceof CnasRulesError
      ? ['(input refused by one version)']
      : [...new Set([...Object.keys(a.criteria), ...Object.keys(b.criteria)])].filter((id) => a.criteria[id]?.status !== b.criteria[id]?.status).sort();
    const key = criteria.join(' ');
    const group = groups.get(key) ?? { criteria, count: 0, transitions: {}, examples: [] };
    groups.set(key, group);
    group.count += 1;
    group.transitions[`${sa} -> ${sb}`] = (group.transitions[`${sa} -> ${sb}`] ?? 0) + 1;
    if (group.examples.length < 3) group.examples.push({ patient: patient.name, asOf: patient.asOf, before: sa, after: sb });
  }
  const fromCases = [...(from.cases?.data.cases ?? []), ...(to.cases?.data.cases ?? [])].filter((c) => 'outcome' in c.expect).length;
  return { patients: patients.length, fromCases, changed, flips: [...groups.values()].sort((x, y) => y.count - x.count) };
}

/** The whole diff of two versions: structure, then outcomes. */
export async function diffVersions(set: LoadedRuleSet, from: LoadedVersion, to: LoadedVersion, parameters: TariffCatalog): Promise<VersionDiff> {
  return { ...diffStructure(from, to), outcomes: await diffOutcomes(set, from, to, parameters) };
}
