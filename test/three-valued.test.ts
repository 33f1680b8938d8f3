import { describe, expect, it } from 'vitest';
import type { Condition } from '../src/ruleset/schema.js';
import { type Truth, type VerdictSource, evaluateCondition } from '../src/evaluate/three-valued.js';

/** Leaves named by fact: "t" is true, "f" false, anything else unknown (missing as itself). */
const source: VerdictSource = {
  fact: (leaf) =>
    leaf.fact.startsWith('t')
      ? { value: 'T', missing: [], gaps: [] }
      : leaf.fact.startsWith('f')
        ? { value: 'F', missing: [], gaps: [] }
        : { value: 'U', missing: [leaf.fact], gaps: [] },
  // Criteria named "na…" do not apply; any other is unknown.
  criterion: (id) => (id.startsWith('na') ? { value: 'N', missing: [], gaps: [] } : { value: 'U', missing: [], gaps: [] }),
  gap: (id) => ({ value: 'U', missing: [], gaps: [id] }),
  given: (fact) => (fact.startsWith('t') ? { value: 'T', missing: [], gaps: [] } : { value: 'F', missing: [], gaps: [] }),
};
const leaf = (fact: string): Condition => ({ fact, operator: 'equal', value: true });
const value = (c: Condition): Truth => evaluateCondition(c, source).value;
const summary = (c: Condition) => {
  const { value: v, missing, gaps } = evaluateCondition(c, source);
  return { value: v, missing, gaps };
};

describe('Kleene three-valued logic', () => {
  it('all: false wins over unknown, unknown over true', () => {
    expect(value({ all: [leaf('t1'), leaf('t2')] })).toBe('T');
    expect(value({ all: [leaf('t1'), leaf('u1')] })).toBe('U');
    expect(value({ all: [leaf('f1'), leaf('u1')] })).toBe('F');
  });
  it('any: true wins over unknown, unknown over false', () => {
    expect(value({ any: [leaf('f1'), leaf('f2')] })).toBe('F');
    expect(value({ any: [leaf('f1'), leaf('u1')] })).toBe('U');
    expect(value({ any: [leaf('t1'), leaf('u1')] })).toBe('T');
  });
  it('not keeps unknown unknown (a missing fact never passes a negation)', () => {
    expect(value({ not: leaf('u1') })).toBe('U');
    expect(value({ not: leaf('t1') })).toBe('F');
    expect(value({ not: leaf('f1') })).toBe('T');
  });
  it('at least N of: decided as soon as the count is reached or out of reach', () => {
    expect(value({ atLeast: 2, of: [leaf('t1'), leaf('t2'), leaf('u1')] })).toBe('T');
    expect(value({ atLeast: 2, of: [leaf('t1'), leaf('f1'), leaf('u1')] })).toBe('U');
    expect(value({ atLeast: 2, of: [leaf('t1'), leaf('f1'), leaf('f2')] })).toBe('F');
    expect(value({ atLeast: 3, of: [leaf('u1'), leaf('u2'), leaf('f1')] })).toBe('F');
  });
  it('reports only the unknown facts that could still decide', () => {
    const verdict = summary({ all: [{ any: [leaf('t1'), leaf('u1')] }, leaf('u2'), { any: [leaf('f1'), leaf('u3')] }] });
    expect(verdict).toEqual({ value: 'U', missing: ['u2', 'u3'], gaps: [] });
    expect(evaluateCondition({ all: [leaf('f1'), leaf('u1')] }, source).missing).toEqual([]);
  });
  it('keeps the verdict of every part for explanations', () => {
    const verdict = evaluateCondition({ any: [leaf('f1'), { not: leaf('t1') }, leaf('u1')] }, source);
    expect(verdict.parts?.map((p) => p.value)).toEqual(['F', 'F', 'U']);
    expect(verdict.parts?.[1]?.parts?.map((p) => p.value)).toEqual(['T']);
  });
  it('gives no say to references to criteria that do not apply', () => {
    const na = (id: string): Condition => ({ criterion: `na-${id}` });
    expect(value({ any: [na('1'), leaf('f1')] })).toBe('F');
    expect(value({ any: [na('1'), na('2')] })).toBe('N');
    expect(value({ all: [na('1'), leaf('t1')] })).toBe('T');
    expect(value({ all: [na('1'), leaf('f1')] })).toBe('F');
    expect(value({ not: na('1') })).toBe('N');
    expect(value({ atLeast: 1, of: [na('1'), leaf('t1')] })).toBe('T');
    expect(value({ atLeast: 2, of: [na('1'), leaf('t1'), leaf('f1')] })).toBe('F');
  });
  it('a source gap is unknown whatever the facts, and says which gap', () => {
    expect(summary({ all: [leaf('t1'), { sourceGap: 'lost' }] })).toEqual({ value: 'U', missing: [], gaps: ['lost'] });
    expect(value({ all: [leaf('f1'), { sourceGap: 'lost' }] })).toBe('F');
  });
});
