import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { createEvaluator } from '../src/evaluate/evaluator.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

const examples = join(import.meta.dirname, '..', 'examples');

async function cli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

describe('cnas-rules validate', () => {
  it('accepts the bundled rules', async () => {
    const { code, stdout } = await cli(['validate']);
    expect(code).toBe(EXIT.ok);
    const sets = [...createEvaluator().catalog.values()];
    const versions = sets.flatMap((set) => set.versions);
    const cases = versions.reduce((n, v) => n + (v.cases?.data.cases.length ?? 0), 0);
    expect(stdout).toContain(`valid: ${sets.length} rule sets, ${versions.length} versions, ${cases} cases`);
    expect(sets.length).toBeGreaterThanOrEqual(2);
    // Starts the command line and loads every rule file: seconds on a loaded machine.
  }, 60_000);

  it('refuses a broken file, printing the file, the JSON path and the reason, and exits 1', async () => {
    const root = ruleTreeCopy((r) => {
      const version = oxygenVersion();
      version.criteria[2].when.all[0].operator = 'matches';
      version.criteria[0].when.path = '$.x';
      writeJson(r, join('portable-oxygen', '2023-07-01.json'), version);
    });
    const { code, stderr } = await cli(['validate', join(root, 'portable-oxygen', '2023-07-01.json')]);
    expect(code).toBe(EXIT.failed);
    expect(stderr).toContain('2023-07-01.json /criteria/0/when: schema_violation: key not allowed here: path');
    expect(stderr).toContain('2023-07-01.json /criteria/2/when/all/0/operator: schema_violation');
    expect(stderr).toContain('2 problems found');
  });

  it('prints problems as JSON with --json', async () => {
    const root = ruleTreeCopy((r) => writeJson(r, join('portable-oxygen', '2023-07-01.json'), '{'));
    const { code, stdout } = await cli(['validate', root, '--json']);
    expect(code).toBe(EXIT.failed);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, issues: [{ code: 'invalid_json' }] });
  });
});

describe('cnas-rules test', () => {
  it('runs every case and ends with the pass/fail count', async () => {
    const { code, stdout } = await cli(['test', 'portable-oxygen']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/\ncases: \d+ passed, 0 failed\n$/);
  });

  it('checks which rows of an output apply', async () => {
    const root = ruleTreeCopy((r) => {
      const cases = JSON.parse(readFileSync(join(r, 'portable-oxygen', '2023-07-01.cases.json'), 'utf8'));
      const first = cases.cases.find((c: { id: string }) => c.id === 'initiation-all-criteria-met');
      first.expect.outputRows = { discontinuation: ['indication-persists'] };
      writeJson(r, join('portable-oxygen', '2023-07-01.cases.json'), cases);
    });
    const { code, stdout } = await cli(['test', 'portable-oxygen', '--rules', root]);
    expect(code).toBe(EXIT.failed);
    expect(stdout).toContain('output discontinuation rows: expected [indication-persists], got [initiation] (determined)');
  });

  it('fails when a case fails, showing the difference', async () => {
    const root = ruleTreeCopy((r) => {
      const version = oxygenVersion();
      version.criteria[1].when.any[0].value = '50';
      writeJson(r, join('portable-oxygen', '2023-07-01.json'), version);
    });
    const { code, stdout } = await cli(['test', '--rules', root]);
    expect(code).toBe(EXIT.failed);
    expect(stdout).toContain('FAIL  portable-oxygen@2023-07-01  fev1-vc-69-99');
    expect(stdout).toContain('criterion c1-lung-disease: expected met, got not_met');
    // Runs every bundled case through the command line: far longer than a unit test.
  }, 60_000);
});

describe('cnas-rules explain', () => {
  it('prints the explained decision in English', async () => {
    const { code, stdout } = await cli(['explain', 'portable-oxygen', '--facts', join(examples, 'portable-oxygen-initial.json'), '--as-of', '2025-03-10']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Decision: portable-oxygen as of 2025-03-10: MET\n/);
    expect(stdout).toContain('[x] FEV1/VC ratio: 58 % < 70 %');
    expect(stdout).toContain('\nCriteria met: c1-scope, c1-lung-disease, c1-exertional-dyspnoea, c1-exertional-desaturation, c1-benefit-decision, c1-prescriber, c1-annex-38a\n');
    expect(stdout).toContain('Maximum prescription duration: maximum = 92, unit = days');
  });

  it('prints it in Romanian with --lang ro, reading the facts from standard input', async () => {
    const { code, stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--lang', 'ro'], '{"mmrcScore": 1}');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Decizie: portable-oxygen la data de 2025-03-10: NEÎNDEPLINIT\n/);
    expect(stdout).not.toContain('Fapte care lipsesc');
  });

  it('lists the missing facts of an undetermined decision', async () => {
    const { stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10'], '{"hasStationaryLtotIndication": false}');
    expect(stdout).toContain(': UNDETERMINED');
    expect(stdout).toContain('Facts still missing to decide:');
    expect(stdout).toContain('  - fev1VcRatioPct: FEV1/VC ratio (needed by c1-lung-disease, maxPrescriptionDuration)');
  });

  it('prints only the criteria met or unknown with --brief', async () => {
    const { stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--brief'], '{"hasStationaryLtotIndication": false, "fev1VcRatioPct": 80, "tlcPctPredicted": 90, "dlcoPctPredicted": 90}');
    expect(stdout).toContain('[x] c1-scope:');
    expect(stdout).toContain('[?] c1-exertional-dyspnoea:');
    expect(stdout).not.toContain('c1-lung-disease:');
  });

  it('prints the decision as JSON with --json', async () => {
    const { stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--json'], '{"hasStationaryLtotIndication": true}');
    expect(JSON.parse(stdout)).toMatchObject({ ruleSet: 'portable-oxygen', outcome: 'not_met', criteria: { 'c1-scope': { status: 'not_met' } } });
  });

  it('exits 3 when the facts or the date are refused, and 2 on a usage error', async () => {
    const refused = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2020-01-01'], '{}');
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.stderr).toContain('/asOf: not_in_force');
    const badFacts = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10'], '{"mmrcScore": 9}');
    expect(badFacts.code).toBe(EXIT.refused);
    expect(badFacts.stderr).toContain('/facts/mmrcScore: invalid_fact_value: "mmrcScore" must be at most 4; received 9');
    expect((await cli(['explain', 'portable-oxygen'])).code).toBe(EXIT.usage);
    expect((await cli(['frobnicate'])).code).toBe(EXIT.usage);
    expect((await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10'], 'not json')).code).toBe(EXIT.refused);
  });
});

describe('cnas-rules facts', () => {
  it('lists the facts of the version in force, or prints them as a JSON Schema', async () => {
    const text = await cli(['facts', 'portable-oxygen', '--as-of', '2025-03-10']);
    expect(text.code).toBe(EXIT.ok);
    expect(text.stdout).toContain('portable-oxygen, version in force from 2023-07-01:\n  prescriptionType: initial | renewal\n');
    const json = await cli(['facts', 'portable-oxygen', '--as-of', '2025-03-10', '--json']);
    const schema = JSON.parse(json.stdout);
    const example = JSON.parse(readFileSync(join(examples, 'portable-oxygen-initial.json'), 'utf8'));
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(example).filter((fact) => !(fact in schema.properties))).toEqual([]);
    expect(schema.properties.patientActivity.enum).toContain(example.patientActivity);
    expect(schema.properties.mmrcScore.anyOf[0]).toEqual({ type: 'integer', minimum: 0, maximum: 4 });
  });

  it('refuses a date with no version in force', async () => {
    const { code, stderr } = await cli(['facts', 'portable-oxygen', '--as-of', '2020-01-01']);
    expect(code).toBe(EXIT.failed);
    expect(stderr).toContain('not_in_force');
  });
});

describe('cnas-rules list', () => {
  it('lists rule sets and versions', async () => {
    const { stdout } = await cli(['list']);
    expect(stdout).toContain('portable-oxygen: Long-term oxygen therapy with a portable oxygen concentrator\n  2023-07-01 .. \n');
  });
});
