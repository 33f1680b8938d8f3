import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CnasRulesError, type Issue } from '../src/errors/issue.js';
import { buildCatalog } from '../src/ruleset/catalog.js';
import { LIMITS } from '../src/ruleset/limits.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

const VERSION = join('portable-oxygen', '2023-07-01.json');

/** Loads a rule tree and returns the issues it is refused with (fails if it loads). */
function refusal(root: string): Issue[] {
  try {
    buildCatalog(readRuleTree(root));
  } catch (error) {
    expect(error).toBeInstanceOf(CnasRulesError);
    return [...(error as CnasRulesError).issues];
  }
  throw new Error('the rule tree was accepted');
}

function withVersion(edit: (version: Record<string, any>) => void): string {
  return ruleTreeCopy((root) => {
    const version = oxygenVersion();
    edit(version);
    writeJson(root, VERSION, version);
  });
}

describe('loading the bundled rules', () => {
  it('accepts them', () => {
    const catalog = buildCatalog(readRuleTree(ruleTreeCopy()));
    expect([...catalog.keys()]).toContain('portable-oxygen');
  });
});

describe('a malformed rule file is refused with the file, the JSON path and the reason', () => {
  it('reports a wrong type at its path', () => {
    const issues = refusal(withVersion((v) => (v.criteria[1].when.any[0].value = 70)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema_violation', path: ['criteria', 1, 'when', 'any', 0, 'value'] });
    expect(issues[0]!.file).toMatch(/portable-oxygen[\\/]2023-07-01\.json$/);
    expect(issues[0]!.message.en.length).toBeGreaterThan(0);
    expect(issues[0]!.message.ro.length).toBeGreaterThan(0);
  });

  it('refuses a JSONPath `path` on a condition (json-rules-engine would hand it to jsonpath-plus)', () => {
    const payload = "$..[?(@.constructor[( @.getPrototypeOf(@).constructor('globalThis.pwned=1;0')() )])]";
    const issues = refusal(withVersion((v) => (v.criteria[0].when.path = payload)));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'schema_violation', path: ['criteria', 0, 'when'], message: expect.objectContaining({ en: expect.stringContaining('path') }) }),
    ]);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('refuses an operator the library does not define', () => {
    const issues = refusal(withVersion((v) => (v.criteria[0].when.operator = 'regex')));
    expect(issues[0]).toMatchObject({ code: 'schema_violation', path: ['criteria', 0, 'when', 'operator'] });
  });

  it('refuses an operator that does not fit the fact type', () => {
    const issues = refusal(withVersion((v) => (v.criteria[0].when.operator = 'lessThan')));
    expect(issues).toEqual([expect.objectContaining({ code: 'operator_not_allowed', path: ['criteria', 0, 'when', 'operator'] })]);
  });

  it('refuses any comparison on a text fact, and arithmetic on a fact that is not a number', () => {
    const issues = refusal(
      withVersion((v) => {
        v.facts.note = { type: 'text', label: { ro: 'Notă', en: 'Note' } };
        v.criteria[0].when = { fact: 'note', operator: 'equal', value: 'x' };
        v.derived.bad = { fn: 'difference', left: { fact: 'patientActivity' }, right: { value: '1' }, label: { ro: 'x', en: 'x' } };
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', ['derived', 'bad', 'left', 'fact']],
      ['operator_not_allowed', ['criteria', 0, 'when', 'operator']],
    ]);
  });

  it('refuses a coded output field whose row gives a value that is not one of its codes', () => {
    const issues = refusal(
      withVersion((v) => {
        const field = Object.keys(v.outputs[0].rows[0].then)[0]!;
        v.outputs[0].codes = { [field]: { 'some-code': { ro: 'Un cod', en: 'A code' } } };
      }),
    );
    expect(issues.map((i) => [i.code, i.path.slice(0, 5)])).toEqual(
      expect.arrayContaining([['unknown_reference', ['outputs', 0, 'rows', 0, 'then']]]),
    );
    expect(issues[0]!.message.en).toContain('some-code');
  });

  it('refuses a presence test (`given`) of an undeclared fact, and one inside a constraint', () => {
    const issues = refusal(
      withVersion((v) => {
        v.criteria[0].appliesWhen = { given: 'noSuchFact' };
        v.constraints[0].forbid = { given: 'mmrcScore' };
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', ['criteria', 0, 'appliesWhen', 'given']],
      ['unknown_reference', ['constraints', 0, 'forbid', 'given']],
    ]);
  });

  it('refuses a constraint that refers to a criterion (constraints compare facts only)', () => {
    const issues = refusal(withVersion((v) => (v.constraints[0].forbid = { criterion: 'c1-scope' })));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown_reference', ['constraints', 0, 'forbid', 'criterion']]]);
  });

  it('refuses a threshold that is a float-like number instead of a decimal string, and an enum value that is not declared', () => {
    const issues = refusal(
      withVersion((v) => {
        v.criteria[1].when.any[0].value = '7e1';
        v.criteria[4].when.all[1].value = ['employed', 'retired'];
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['value_not_allowed', ['criteria', 1, 'when', 'any', 0, 'value']],
      ['value_not_allowed', ['criteria', 4, 'when', 'all', 1, 'value']],
    ]);
  });

  it('reports every problem of every file at once, not the first only', () => {
    const root = withVersion((v) => {
      v.criteria[0].when.fact = 'noSuchFact';
      v.criteria[2].cite.act = 'noSuchAct';
      v.criteria[3].id = v.criteria[2].id;
      v.outputs[0].rows[0].when.operator = 'in';
      v.outputs[0].rows[0].when.value = 'severe';
    });
    writeJson(root, join('portable-oxygen', 'set.json'), { id: 'other-name' });
    const codes = refusal(root).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown_reference', 'duplicate_id', 'value_not_allowed', 'schema_violation']));
    expect(codes.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a file that is not JSON, too large or nested too deep', () => {
    const root = ruleTreeCopy((r) => {
      writeJson(r, join('portable-oxygen', '2030-01-01.json'), '{ "ruleSet": ');
      writeJson(r, join('portable-oxygen', '2031-01-01.json'), ' '.repeat(LIMITS.maxFileBytes + 1));
      writeJson(r, join('portable-oxygen', '2032-01-01.json'), `${'['.repeat(100)}${']'.repeat(100)}`);
    });
    expect(refusal(root).map((i) => i.code).sort()).toEqual(['file_too_large', 'invalid_json', 'nesting_too_deep']);
  });

  it('refuses a version whose date is not its file name, or whose set is not its folder', () => {
    const root = withVersion((v) => {
      v.validFrom = '2023-07-02';
      v.ruleSet = 'other-set';
    });
    expect(refusal(root).map((i) => [i.code, i.path])).toEqual([
      ['file_name_mismatch', ['ruleSet']],
      ['file_name_mismatch', ['validFrom']],
    ]);
  });

  it('refuses criteria that refer to each other in a cycle', () => {
    const issues = refusal(
      withVersion((v) => {
        v.criteria[0].when = { all: [v.criteria[0].when, { criterion: v.criteria[1].id }] };
        v.criteria[1].when = { criterion: v.criteria[0].id };
      }),
    );
    expect(issues.map((i) => i.code)).toContain('criterion_cycle');
  });

  it('refuses an act with an unknown number, date or Monitorul Oficial unless a provenance gap says why', () => {
    const issues = refusal(withVersion((v) => (v.sourceGaps = v.sourceGaps.filter((g: { kind: string }) => g.kind !== 'provenance'))));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', ['uncertainStart', 'gap']],
      ['provenance_gap_undeclared', ['provenance', 'acts', 'norms']],
      ['provenance_gap_undeclared', ['provenance', 'acts', 'amending-order']],
    ]);
  });

  it('refuses an explicit end that runs into the next version', () => {
    const root = withVersion((v) => (v.validUntil = '2025-06-01'));
    const next = oxygenVersion();
    next.validFrom = '2025-01-01';
    writeJson(root, join('portable-oxygen', '2025-01-01.json'), next);
    expect(refusal(root)).toEqual([expect.objectContaining({ code: 'version_overlap', path: ['validUntil'] })]);
  });

  it('refuses a rule set folder without set.json and a cases file without its version', () => {
    const root = ruleTreeCopy((r) => {
      rmSync(join(r, 'portable-oxygen', 'set.json'));
      writeJson(r, join('portable-oxygen', '2030-01-01.cases.json'), { ruleSet: 'portable-oxygen', version: '2030-01-01', cases: [{ id: 'x', name: 'x', asOf: '2030-01-01', facts: {}, expect: { outcome: 'met' } }] });
    });
    expect(refusal(root).map((i) => i.code).sort()).toEqual(['missing_set_file', 'unknown_reference']);
  });
});
