import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { evaluateCondition, type VerdictSource } from './three-valued.js';
import { OPERATOR_TABLE } from '../operators/operators.js';
import { factTypeOf } from '../ruleset/fact-types.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import { walkCondition } from '../ruleset/walk.js';
import type { FactState } from '../facts/derive.js';

/**
 * The declared constraints of a version, checked on the facts given (and those derived from them):
 * a constraint whose `forbid` condition is true refuses the input. An unknown fact never triggers one.
 */
export function checkConstraints(version: RuleVersionFile, state: FactState): Issue[] {
  const source: VerdictSource = {
    fact(leaf) {
      const value = state.values.get(leaf.fact);
      if (value === undefined) return { value: 'U', missing: [leaf.fact], gaps: [] };
      const type = factTypeOf(leaf.fact, version.facts, version.derived)!;
      return OPERATOR_TABLE[type][leaf.operator]!(value, leaf.value)
        ? { value: 'T', missing: [], gaps: [] }
        : { value: 'F', missing: [], gaps: [] };
    },
    criterion: () => ({ value: 'U', missing: [], gaps: [] }),
    gap: () => ({ value: 'U', missing: [], gaps: [] }),
    // Constraints compare facts only (checked at load); a presence test never triggers one.
    given: () => ({ value: 'U', missing: [], gaps: [] }),
  };
  return version.constraints.flatMap((constraint) => {
    if (evaluateCondition(constraint.forbid, source).value !== 'T') return [];
    const facts: string[] = [];
    walkCondition(constraint.forbid, { fact: (leaf) => facts.push(leaf.fact) }, []);
    return [
      makeIssue('inconsistent_facts', ['facts'], {
        constraint: constraint.id,
        facts: [...new Set(facts)],
        reason: constraint.message.en,
        reasonRo: constraint.message.ro,
      }),
    ];
  });
}
