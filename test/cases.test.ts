import { describe, expect, it } from 'vitest';
import { runCases } from '../src/cases/run-cases.js';
import { createEvaluator } from '../src/create-evaluator.js';

const results = await runCases(createEvaluator());

describe('the cases beside every bundled rule version', () => {
  it('exist', () => {
    expect(results.length).toBeGreaterThan(0);
  });
  for (const result of results) {
    it(`${result.ruleSet}@${result.version} ${result.id}: ${result.name}`, () => {
      expect(result.failures).toEqual([]);
      expect(result.passed).toBe(true);
    });
  }
});
