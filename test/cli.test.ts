import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { COMMAND_HELP, USAGE } from '../src/cli/usage.js';
import { createEvaluator } from '../src/create-evaluator.js';
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
    // One set keeps this well inside the timeout however many sets are bundled; running every case is
    // the previous test's job.
    const { code, stdout } = await cli(['test', 'portable-oxygen', '--rules', root]);
    expect(code).toBe(EXIT.failed);
    expect(stdout).toContain('FAIL  portable-oxygen@2023-07-01  fev1-vc-69-99');
    expect(stdout).toContain('criterion c1-lung-disease: expected met, got not_met');
    // Runs every bundled case through the command line: far longer than a unit test.
  }, 60_000);
});

describe('cnas-rules explain', () => {
  it('prints the explained decision in English', async () => {
    const { code, stdout } = await cli(['explain', 'portable-oxygen', '--facts', join(examples, 'portable-oxygen-initial.json'), '--as-of', '2025-03-10', '--accept-earliest-start']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Decision: portable-oxygen as of 2025-03-10: MET\n/);
    expect(stdout).toContain('[x] FEV1/VC ratio: 58 % < 70 %');
    expect(stdout).toContain('\nCriteria met: c1-scope, c1-lung-disease, c1-exertional-dyspnoea, c1-exertional-desaturation, c1-benefit-decision, c1-prescriber, c1-annex-38a\n');
    expect(stdout).toContain('Maximum prescription duration: maximum = 92, unit = days');
  });

  it('prints it in Romanian with --lang ro, reading the facts from standard input', async () => {
    const { code, stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--accept-earliest-start', '--lang', 'ro'], '{"mmrcScore": 1}');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Decizie: portable-oxygen la data de 2025-03-10: NEÎNDEPLINIT\n/);
    expect(stdout).not.toContain('Fapte care lipsesc');
  });

  it('lists the missing facts of an undetermined decision', async () => {
    const { stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--accept-earliest-start'], '{"hasStationaryLtotIndication": false}');
    expect(stdout).toContain(': UNDETERMINED');
    expect(stdout).toContain('Facts still missing to decide:');
    expect(stdout).toContain('  - fev1VcRatioPct: FEV1/VC ratio (needed by c1-lung-disease)');
  });

  it('keeps with --brief the criteria that decide the outcome: those refusing the patient when not met', async () => {
    const refused = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--brief', '--accept-earliest-start'], '{"hasStationaryLtotIndication": false, "fev1VcRatioPct": 80, "tlcPctPredicted": 90, "dlcoPctPredicted": 90}');
    expect(refused.stdout).toContain('NOT MET');
    expect(refused.stdout).toContain('[ ] c1-lung-disease:');
    expect(refused.stdout).not.toContain('[?] c1-exertional-dyspnoea:');
    expect(refused.stdout).toContain('Criteria met: c1-scope');
    const open = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--brief', '--accept-earliest-start'], '{"hasStationaryLtotIndication": false}');
    expect(open.stdout).toContain('UNDETERMINED');
    expect(open.stdout).toContain('[?] c1-exertional-dyspnoea:');
    expect(open.stdout).not.toContain('[x] c1-scope:');
  });

  it('renders yes/no questions as the answer and the answer required, in the output language', async () => {
    const en = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10'], '{"hasStationaryLtotIndication": true}');
    expect(en.stdout).toMatch(/\[ \] The patient has an indication[^\n]*: yes \(required: no\)/);
    expect(en.stdout).not.toMatch(/true = false|false = true/);
    const ro = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--lang', 'ro'], '{"hasStationaryLtotIndication": true}');
    expect(ro.stdout).toContain(': da (necesar: nu)');
    expect(ro.stdout).not.toMatch(/\b(true|false)\b/);
  });

  it('prints the decision as JSON with --json', async () => {
    const { stdout } = await cli(['explain', 'portable-oxygen', '--facts', '-', '--as-of', '2025-03-10', '--accept-earliest-start', '--json'], '{"hasStationaryLtotIndication": true}');
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
    expect(code).toBe(EXIT.refused);
    expect(stderr).toContain('not_in_force');
  });
});

describe('cnas-rules list', () => {
  it('lists rule sets and versions', async () => {
    const { stdout } = await cli(['list']);
    expect(stdout).toContain('portable-oxygen (criteria): Long-term oxygen therapy with a portable oxygen concentrator\n  2023-07-01 .. \n');
  });

  it('lists the tariff tables and parameter folders too, and every folder of the tree', async () => {
    const { stdout } = await cli(['list', '--json']);
    const listed = JSON.parse(stdout) as Array<{ id: string; kind: string }>;
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(join(import.meta.dirname, '..', 'rules')).sort();
    expect(listed.map((f) => f.id).sort()).toEqual(folders);
    expect(new Set(listed.map((f) => f.kind))).toEqual(new Set(['criteria', 'tariff-table', 'parameters']));
  });
});

describe('cnas-rules batch through runCli', () => {
  it('reads the lines from the io and writes one line per input line through it, in order', async () => {
    const facts = readFileSync(join(examples, 'portable-oxygen-initial.json'), 'utf8').replace(/\s*\n\s*/g, ' ');
    const { code, stdout, stderr } = await cli(['batch', 'portable-oxygen', '--as-of', '2025-03-10', '--workers', '1'], `${facts}\n{not json\n`);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; decision?: { outcome: string }; issues?: unknown[] });
    expect(lines.map((l) => l.line)).toEqual([1, 2]);
    expect(lines[0]!.ok).toBe(true);
    expect(lines[0]!.decision?.outcome).toBe('undetermined');
    expect(lines[1]!.ok).toBe(false);
    expect(lines[1]!.issues?.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('command-line conventions', () => {
  it('prints the version of the package', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(EXIT.ok);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version);
  });

  it('prints a help page per command, with examples, on stdout', async () => {
    for (const command of ['validate', 'test', 'explain', 'list', 'facts', 'amount']) {
      const { code, stdout, stderr } = await cli([command, '--help']);
      expect(code).toBe(EXIT.ok);
      expect(stdout).toContain(`Usage: cnas-rules ${command}`);
      expect(stdout).toContain(`Examples:\n  cnas-rules ${command}`);
      expect(stderr).toBe('');
    }
    expect((await cli(['help', 'facts'])).stdout).toContain('Usage: cnas-rules facts');
    // Every command of the overview has its page under `help <command>`, batch included.
    const batch = await cli(['help', 'batch']);
    expect(batch.code).toBe(EXIT.ok);
    expect(batch.stdout).toContain('Usage: cnas-rules batch');
    expect(batch.stderr).toBe('');
    // Batch through runCli writes through the caller's io too, never to the process's own streams.
    const batchHelp = await cli(['batch', '--help']);
    expect(batchHelp.code).toBe(EXIT.ok);
    expect(batchHelp.stdout).toBe(COMMAND_HELP.batch);
    const noDate = await cli(['batch', 'portable-oxygen']);
    expect(noDate.code).toBe(EXIT.usage);
    expect(noDate.stderr).toContain('Usage: cnas-rules batch');
    const listed = [...USAGE.matchAll(/^  ([a-z]+) /gm)].map((m) => m[1]!);
    expect(listed.length).toBeGreaterThan(5);
    for (const command of new Set(listed)) expect(Object.keys(COMMAND_HELP)).toContain(command);
  });

  it('reports usage errors on stderr with exit 2, and as JSON with --json', async () => {
    const bare = await cli([]);
    expect(bare.code).toBe(EXIT.usage);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('cnas-rules --help');
    const json = await cli(['explain', 'portable-oxygen', '--json']);
    expect(json.code).toBe(EXIT.usage);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, exitCode: EXIT.usage, error: { kind: 'usage' } });
  });

  it('exits 2 without a stack trace when the facts file or the rule tree does not exist', async () => {
    const facts = await cli(['explain', 'portable-oxygen', '--facts', '/no/such/facts.json', '--as-of', '2025-03-10']);
    expect(facts.code).toBe(EXIT.usage);
    expect(facts.stderr).toContain('--facts /no/such/facts.json: no such file or folder');
    expect(facts.stderr).not.toMatch(/\n\s+at /);
    const tree = await cli(['list', '--rules', '/no/such/tree']);
    expect(tree.code).toBe(EXIT.usage);
    expect(tree.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 3 for an unknown rule set, whatever the command, and reports it as JSON with --json', async () => {
    for (const args of [['test', 'nope'], ['facts', 'nope', '--as-of', '2025-03-10'], ['explain', 'nope', '--facts', '-', '--as-of', '2025-03-10']]) {
      const { code, stderr } = await cli(args, '{}');
      expect(code).toBe(EXIT.refused);
      expect(stderr).toContain('unknown_rule_set');
    }
    const json = await cli(['test', 'nope', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, exitCode: EXIT.refused, issues: [{ code: 'unknown_rule_set' }] });
  });

  it('fails validate on a path with no rule file, and on a draft beside a broken file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const empty = mkdtempSync(join(tmpdir(), 'cnas-empty-'));
    expect((await cli(['validate', empty])).code).toBe(EXIT.failed);
    const drafts = mkdtempSync(join(tmpdir(), 'cnas-drafts-'));
    writeFileSync(join(drafts, 'mydraft.json'), '{}');
    writeFileSync(join(drafts, 'broken.json'), '{');
    const draft = await cli(['validate', join(drafts, 'mydraft.json')]);
    expect(draft.code).toBe(EXIT.failed);
    expect(draft.stdout).not.toContain('valid:');
  });

  it('names the fix for a decimal threshold written as a number', async () => {
    const root = ruleTreeCopy((r) => {
      const version = oxygenVersion();
      // The FEV1/VC threshold "70", wherever the criteria hold it, written as a JSON number.
      const text = JSON.stringify(version).replace('"operator":"lessThan","value":"70"', '"operator":"lessThan","value":70');
      expect(text).toContain('"value":70');
      writeJson(r, join('portable-oxygen', '2023-07-01.json'), text);
    });
    const { code, stderr } = await cli(['validate', join(root, 'portable-oxygen')]);
    expect(code).toBe(EXIT.failed);
    expect(stderr).toContain('write decimals as strings: "70"');
  });
});
