import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { oxygenVersion, ruleTreeCopy, writeJson } from './support/rule-tree.js';

async function run(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(args, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), readStdin: async () => '' });
  return { code, ...out };
}

/** The bundled tree with a masked row added to the first table of portable oxygen. */
function treeWithMaskedRow(): string {
  return ruleTreeCopy((root) => {
    const version = oxygenVersion();
    const table = version.outputs.find((o: { hitPolicy: string }) => o.hitPolicy === 'first');
    table.rows.splice(1, 0, { ...table.rows[0], id: 'copy-of-first-row' });
    writeJson(root, join('portable-oxygen', '2023-07-01.json'), version);
  });
}

describe('cnas-rules analyze, diff, mutate and test --coverage', () => {
  it('analyze prints each finding with its file, JSON path and an example, and fails on errors', async () => {
    const { code, stdout } = await run(['analyze', 'portable-oxygen', '--rules', treeWithMaskedRow()]);
    expect(code).toBe(EXIT.failed);
    expect(stdout).toMatch(/error +masked_row +portable-oxygen@2023-07-01 +\w+\/copy-of-first-row/);
    expect(stdout).toMatch(/2023-07-01\.json \/outputs\/\d+\/rows\/1\/when: row copy-of-first-row/);
  }, 60_000);

  it('validate runs the analysis and refuses a tree with an analysis error', async () => {
    const { code, stderr } = await run(['validate', '--rules', treeWithMaskedRow()]);
    expect(code).toBe(EXIT.failed);
    expect(stderr).toContain('masked_row');
  }, 60_000);

  it('diff shows the re-worded CGM criteria of 2019 and the patients whose outcome changes', async () => {
    const { code, stdout } = await run(['diff', 'dz-t1-cgm', '2018-09-28', '2019-06-28', '--json']);
    expect(code).toBe(EXIT.ok);
    const diff = JSON.parse(stdout);
    expect(diff.criteria.changed.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['d2-hypoglycaemia', 'd3-nocturnal-hypoglycaemia', 'd4-glycaemic-variability']));
    const d2 = diff.criteria.changed.find((c: { id: string }) => c.id === 'd2-hypoglycaemia');
    expect(d2.law.after.ro).toContain('hipoglicemii frecvente documentate');
    expect(diff.outcomes.changed).toBeGreaterThan(0);
    expect(diff.outcomes.flips[0].criteria).toContain('cat-d-other-adult');
  }, 300_000);

  it('diff without two dates or a draft tree is a usage error', async () => {
    expect((await run(['diff', 'dz-t1-cgm', '2018-09-28'])).code).toBe(EXIT.usage);
    expect((await run(['diff', 'dz-t1-cgm'])).code).toBe(EXIT.usage);
  });

  it('diff --rules compares a draft amendment with the version in force on its first day', async () => {
    const draft = ruleTreeCopy((root) => {
      const version = oxygenVersion();
      version.validFrom = '2026-01-01';
      const leaf = JSON.stringify(version.criteria).match(/"fact":"sixMwtMinSpO2Pct","operator":"lessThan","value":"88"/);
      expect(leaf).not.toBeNull();
      version.criteria = JSON.parse(JSON.stringify(version.criteria).replace('"fact":"sixMwtMinSpO2Pct","operator":"lessThan","value":"88"', '"fact":"sixMwtMinSpO2Pct","operator":"lessThan","value":"90"'));
      writeJson(root, join('portable-oxygen', '2026-01-01.json'), version);
    });
    const { code, stdout } = await run(['diff', 'portable-oxygen', '--rules', draft]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('2023-07-01');
    expect(stdout).toMatch(/sixMwtMinSpO2Pct lessThan "88" -> lessThan "90"/);
    expect(stdout).toMatch(/\d+ through c1-exertional-desaturation/);
  }, 300_000);

  it('mutate reports the kill score of each version and lists the survivors', async () => {
    const { code, stdout } = await run(['mutate', 'dz-t2-test-strips']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^dz-t2-test-strips@2018-09-28: \d+\.\d % killed \(\d+ killed, \d+ survived, \d+ equivalent, \d+ mutants\)/);
  }, 300_000);

  it('mutate runs one version and one criterion when asked, and refuses a version the set does not have', async () => {
    const { code, stdout } = await run(['mutate', 'portable-oxygen', '2023-07-01', '--criterion', 'c1-exertional-desaturation']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^portable-oxygen@2023-07-01 \(c1-exertional-desaturation only\): \d+\.\d % killed \(\d+ killed, \d+ survived, \d+ equivalent, [1-9]\d* mutants\)/);
    expect(stdout.match(/^portable-oxygen@/gm)).toHaveLength(1);
    const json = JSON.parse((await run(['mutate', 'portable-oxygen', '2023-07-01', '--criterion', 'c1-exertional-desaturation', '--json'])).stdout);
    for (const s of json.reports[0].survivors) expect(s.mutant.target).toBe('c1-exertional-desaturation');
    const wrong = await run(['mutate', 'portable-oxygen', '1999-01-01']);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.stderr).toContain('portable-oxygen has no version from "1999-01-01"');
  }, 120_000);

  it('mutate gives no score for a version whose own case fails, names the case and fails', async () => {
    // A case that fails on the unchanged version would "kill" every mutant: 100 % that proves nothing.
    const tree = ruleTreeCopy((root) => {
      const file = join('portable-oxygen', '2023-07-01.cases.json');
      const cases = JSON.parse(readFileSync(join(root, file), 'utf8'));
      cases.cases[0].expect.outcome = 'not_met';
      writeJson(root, file, cases);
    });
    const text = await run(['mutate', 'portable-oxygen', '--rules', tree]);
    expect(text.code).toBe(EXIT.failed);
    expect(text.stdout).toMatch(/^portable-oxygen@2023-07-01: not measurable: 1 case\(s\) fail on the unchanged version/);
    expect(text.stdout).toContain('failing case initiation-all-criteria-met: outcome: expected not_met, got met');
    expect(text.stdout).not.toContain('% killed');
    const json = await run(['mutate', 'portable-oxygen', '--rules', tree, '--json']);
    expect(json.code).toBe(EXIT.failed);
    expect(JSON.parse(json.stdout).reports).toEqual([
      expect.objectContaining({ measurable: false, score: null, mutants: 0, failingCases: [{ id: 'initiation-all-criteria-met', failures: ['outcome: expected not_met, got met'] }] }),
    ]);
  }, 120_000);

  it('test --coverage lists the criterion statuses and threshold sides the cases reach', async () => {
    const { code, stdout } = await run(['test', 'portable-oxygen', '--coverage']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/portable-oxygen@2023-07-01: (\d+)\/\1 criteria reached met, not met and unknown; \d+\/\d+ comparisons seen holding and failing/);
  }, 60_000);
});
