import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/calendar/dates.js';
import { runCases } from '../src/cases/run-cases.js';
import { createEvaluator } from '../src/create-evaluator.js';

const evaluator = createEvaluator();
const results = await runCases(evaluator);

describe('every criterion is exercised by its cases', () => {
  for (const set of evaluator.catalog.values()) {
    for (const version of set.versions) {
      const decisions = results
        .filter((r) => r.ruleSet === set.id && r.version === version.data.validFrom && r.decision)
        .map((r) => r.decision!);
      for (const criterion of version.data.criteria) {
        // A criterion whose text is not available can only be unknown; its cases must show it
        // unknown where it applies and not applicable elsewhere.
        const textUnavailable = 'sourceGap' in criterion.when;
        const wanted = textUnavailable ? ['unknown', 'not_applicable'] : ['met', 'not_met', 'unknown'];
        it(`${set.id}@${version.data.validFrom} ${criterion.id} is ${wanted.join(', ')} in some case`, () => {
          const seen = new Set(decisions.map((d) => d.criteria[criterion.id]?.status));
          expect(wanted.filter((s) => !seen.has(s as never))).toEqual([]);
        });
      }
      for (const table of version.data.outputs) {
        it(`${set.id}@${version.data.validFrom} output ${table.id}: every row applies in some case`, () => {
          // A row of a table for eligible patients may be reachable only conditionally (ifMet) when the
          // eligibility it waits for depends on text that is not available.
          const matched = new Set(
            decisions.flatMap((d) => [...(d.outputs[table.id]?.rows ?? []), ...(d.outputs[table.id]?.ifMet?.rows ?? [])].map((r) => r.id)),
          );
          expect(table.rows.map((r) => r.id).filter((id) => !matched.has(id))).toEqual([]);
        });
      }
      it(`${set.id}@${version.data.validFrom} has a case on its first day`, () => {
        expect(version.cases?.data.cases.some((c) => c.asOf === version.data.validFrom)).toBe(true);
      });
    }
    const first = set.versions[0]!;
    it(`${set.id}: a case the day before its first version expects not_in_force`, () => {
      const dayBefore = addDays(first.data.validFrom, -1);
      const cases = first.cases?.data.cases ?? [];
      expect(cases.some((c) => c.asOf === dayBefore && 'error' in c.expect && c.expect.error.code === 'not_in_force')).toBe(true);
    });
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine knows no rule set', () => {
  const ids = new Set<string>();
  for (const set of evaluator.catalog.values()) {
    ids.add(set.id);
    for (const version of set.versions) {
      for (const criterion of version.data.criteria) ids.add(criterion.id);
      for (const fact of [...Object.keys(version.data.facts), ...Object.keys(version.data.derived)]) ids.add(fact);
      for (const output of version.data.outputs) ids.add(output.id);
    }
  }
  const files = sourceFiles(join(import.meta.dirname, '..', 'src')).filter((f) => !f.includes(`${join('src', 'generated')}`));
  it('no source file outside src/generated names a rule set, criterion, fact or output id', () => {
    const hits = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      return [...ids].filter((id) => new RegExp(`['"\`]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(text)).map((id) => `${file}: ${id}`);
    });
    expect(hits).toEqual([]);
  });
});
