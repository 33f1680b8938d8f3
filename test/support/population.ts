import { bundledRulesDir } from '../../src/bundled-rules.js';
import { type RuleCatalog, buildCatalog } from '../../src/ruleset/catalog.js';
import { readRuleTree } from '../../src/ruleset/read-dir.js';
import type { Condition, FactCondition, RuleVersionFile } from '../../src/ruleset/schema.js';

/** A small seeded generator (mulberry32): the same seed gives the same population on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function leavesOf(condition: Condition, into: FactCondition[]): FactCondition[] {
  if ('all' in condition) condition.all.forEach((c) => leavesOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => leavesOf(c, into));
  else if ('not' in condition) leavesOf(condition.not, into);
  else if ('atLeast' in condition) condition.of.forEach((c) => leavesOf(c, into));
  else if ('fact' in condition) into.push(condition);
  return into;
}

/** Every threshold a version compares each fact with (criteria, outcome, outputs, constraints). */
function thresholdsByFact(data: RuleVersionFile): Map<string, string[]> {
  const leaves: FactCondition[] = [];
  for (const c of data.criteria) {
    if (c.appliesWhen) leavesOf(c.appliesWhen, leaves);
    leavesOf(c.when, leaves);
  }
  if (data.outcome) leavesOf(data.outcome, leaves);
  for (const table of data.outputs) for (const row of table.rows) leavesOf(row.when, leaves);
  for (const constraint of data.constraints) leavesOf(constraint.forbid, leaves);
  const byFact = new Map<string, string[]>();
  for (const leaf of leaves) if (typeof leaf.value === 'string') byFact.set(leaf.fact, [...(byFact.get(leaf.fact) ?? []), leaf.value]);
  return byFact;
}

/**
 * A patient for a version: each fact known or not at random, numbers on and around the thresholds
 * the rules compare them with (and within the declared bounds), dates at distances from the
 * evaluation date that put derived ages and durations on both sides of their thresholds, and now
 * and then a value of the wrong type, so that refusals are compared too.
 */
export function patientFor(data: RuleVersionFile, asOf: string, random: () => number): Record<string, unknown> {
  const thresholds = thresholdsByFact(data);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const facts: Record<string, unknown> = {};
  for (const [id, fact] of Object.entries(data.facts)) {
    const roll = random();
    if (roll < 0.15) continue;
    if (roll < 0.2) {
      facts[id] = null;
      continue;
    }
    if (roll > 0.997) {
      facts[id] = fact.type === 'boolean' ? 'yes' : 17;
      continue;
    }
    switch (fact.type) {
      case 'boolean':
        facts[id] = random() < 0.5;
        break;
      case 'enum':
        facts[id] = pick(fact.values).id;
        break;
      case 'text':
        facts[id] = 'text';
        break;
      case 'date': {
        const near = thresholds.get(id)?.filter((t) => /^\d{4}-/.test(t)) ?? [];
        facts[id] =
          near.length > 0 && random() < 0.3
            ? shiftDays(pick(near), Math.floor(random() * 5) - 2)
            : shiftDays(asOf, -pick([0, 1, 2, 7, 28, 29, 30, 31, 60, 90, 91, 92, 180, 182, 365, 366, 730, 1095, 6570, 9490, 23725]) - Math.floor(random() * 5) + 2);
        break;
      }
      case 'dateList':
        facts[id] = Array.from({ length: Math.floor(random() * 6) }, () => shiftDays(asOf, -Math.floor(random() * 800)));
        break;
      default: {
        const near = thresholds.get(id) ?? [];
        const min = fact.min !== undefined ? Number(fact.min) : 0;
        const max = fact.max !== undefined ? Number(fact.max) : Math.max(min + 100, ...near.map(Number)) * 1.5;
        let value: number;
        if (near.length > 0 && random() < 0.7) {
          const steps = fact.type === 'integer' ? [-1, 0, 0, 1] : [-1, -0.1, -0.01, 0, 0, 0.01, 0.1, 1];
          value = Number((Number(pick(near)) + pick(steps)).toFixed(2));
        } else {
          value = min + random() * (max - min);
          value = fact.type === 'integer' ? Math.round(value) : Number(value.toFixed(random() < 0.5 ? 0 : 2));
        }
        value = Math.min(Math.max(value, min), max);
        facts[id] = random() < 0.2 ? String(value) : value;
      }
    }
  }
  return facts;
}

/** An evaluation date: inside some version mostly, now and then the day before the first one. */
export function asOfFor(versions: ReadonlyArray<{ data: { validFrom: string }; lastDay: string | undefined }>, random: () => number): string {
  if (random() < 0.02) return shiftDays(versions[0]!.data.validFrom, -1);
  const version = versions[Math.floor(random() * versions.length)]!;
  const span = version.lastDay ? Math.round((Date.parse(version.lastDay) - Date.parse(version.data.validFrom)) / DAY) : 1500;
  return shiftDays(version.data.validFrom, Math.floor(random() * (span + 1)));
}

/** The bundled rule tree read and checked as the loader does, with the cases beside each version. */
let checkedTree: RuleCatalog | undefined;

/**
 * The facts of a version's cases, from the bundled rule tree: a built evaluator does not carry cases
 * (they are not part of a bundle), so a population taken from its `version.cases` would be empty.
 */
export function caseFacts(ruleSet: string, validFrom: string): Record<string, unknown>[] {
  checkedTree ??= buildCatalog(readRuleTree(bundledRulesDir()));
  const version = checkedTree.get(ruleSet)?.versions.find((v) => v.data.validFrom === validFrom);
  if (!version?.cases) throw new Error(`no cases for ${ruleSet} ${validFrom} in the bundled rules`);
  return version.cases.data.cases.map((c) => c.facts as Record<string, unknown>);
}
