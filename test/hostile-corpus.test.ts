import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CnasRulesError, type Issue } from '../src/errors/issue.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { buildTariffCatalog } from '../src/parameters/load.js';
import { HOSTILE_TREES, PWNED_FILE, PWNED_GLOBAL, baseTree } from './support/hostile-corpus.js';

/** A guard against a hang (a FIFO once blocked for ever), with room for a loaded machine; not a benchmark. */
const BOUND_MS = 10_000;

/** The issues a tree is refused with by an evaluator, and by the loaders `validate` runs. */
function refusals(root: string): { evaluator: readonly Issue[]; validate: readonly Issue[] } {
  const issuesOf = (load: () => unknown): readonly Issue[] => {
    try {
      load();
    } catch (error) {
      // Every refusal is typed: anything else fails the test here.
      if (!(error instanceof CnasRulesError)) throw error;
      return error.issues;
    }
    return [];
  };
  const documents = readRuleTree(root);
  return {
    evaluator: issuesOf(() => createEvaluator({ rulesDir: root })),
    validate: [...issuesOf(() => buildCatalog(documents)), ...issuesOf(() => buildTariffCatalog(documents))],
  };
}

describe('hostile rule trees are refused with the file, the JSON path and the reason, in bounded time', () => {
  it('starts from a tree that loads', () => {
    expect(refusals(baseTree())).toEqual({ evaluator: [], validate: [] });
  });

  for (const entry of HOSTILE_TREES) {
    const unavailable = entry.unavailable?.();
    it.skipIf(unavailable !== undefined)(`${entry.name}: ${entry.expected.code}`, () => {
      const root = baseTree();
      entry.build(root);
      const started = performance.now();
      const { evaluator, validate } = refusals(root);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      const wanted = {
        code: entry.expected.code,
        file: join(root, entry.expected.file),
        ...(entry.expected.path && { path: entry.expected.path }),
      };
      expect(evaluator).toContainEqual(expect.objectContaining(wanted));
      expect(validate).toContainEqual(expect.objectContaining(wanted));
      for (const issue of [...evaluator, ...validate]) {
        expect(issue.message.en.length).toBeGreaterThan(0);
        expect(issue.message.ro.length).toBeGreaterThan(0);
      }
    }, 4 * BOUND_MS);
  }

  afterAll(() => {
    // No payload ran: none set its global, none wrote its file, nothing polluted Object.prototype.
    expect((globalThis as Record<string, unknown>)[PWNED_GLOBAL]).toBeUndefined();
    expect(existsSync(PWNED_FILE)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
