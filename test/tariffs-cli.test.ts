import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { ruleTreeCopy, writeJson } from './support/rule-tree.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('cnas-rules amount', () => {
  it('computes a column printed empty only with --from-header-formula, and says it is not a printed value', async () => {
    const refused = await run(['amount', 'primary-care-services', 'service-row-01', 'c6', '--as-of', '2021-10-01']);
    expect(refused.code).toBe(EXIT.refused);
    const { code, stdout } = await run(['amount', 'primary-care-services', 'service-row-01', 'c6', '--as-of', '2021-10-01', '--from-header-formula']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('23.10 lei');
    expect(stdout).toContain('NOT A PRINTED VALUE');
  });

  it('prints the amount, the computation and where each input comes from', async () => {
    const { code, stdout } = await run(['amount', 'primary-care-services', 'service-row-01', 'c7', '--as-of', '2021-10-01']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Amount: primary-care-services \/ service-row-01 \/ c7 \(doctor without a specialist title\) as of 2021-10-01: 17\.33 lei\n/);
    expect(stdout).toContain('  Computed: 5.5 × 3.50 × 0.90 = 17.325 → 17.33 (half-up, 2 places)\n');
    expect(stdout).toContain('primary-care-point-values/pointValueService = 3.50 (lei/punct, ');
    expect(stdout).toContain('PC-01 (header-formula-contradicted)');
    expect(stdout).toContain('Table version: 2021-07-01..2022-03-31\n');
  });

  it('prints Romanian with --lang ro and JSON with --json, amounts as strings', async () => {
    const ro = await run(['amount', 'primary-care-capitation', 'capitation-row-05', 'c6', '--as-of', '2021-10-01', '--lang', 'ro']);
    expect(ro.stdout).toMatch(/^Sumă: primary-care-capitation \/ capitation-row-05 \/ c6 \(medic\) la data de 2021-10-01: 23\.0 lei\n/);
    expect(ro.stdout).toContain('Rând: (denumire pierdută: The age group and gender of this row were lost');
    const json = await run(['amount', 'primary-care-capitation', 'capitation-row-05', 'c6', '--as-of', '2021-10-01', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ amount: '23.0', exact: '22.95', formula: '3.0 × 8.5 × 0.90 = 22.95 → 23.0 (half-up, 1 place)' });
  });

  it('takes --point-value', async () => {
    const { stdout } = await run(['amount', 'primary-care-services', 'service-row-44', 'c5', '--as-of', '2021-10-01', '--point-value', '3.55']);
    // A point value the table was not printed with gives the exact product: the printed places do not carry over.
    expect(stdout).toContain(': 142 lei\n');
    expect(stdout).toContain('Computed: 40 × 3.55 = 142 (not rounded)');
    expect(stdout).toContain('primary-care-point-values/pointValueService = 3.55 (point value given by the caller)');
  });

  it('exits 3 with the issues when the request is refused, and 2 on a usage error', async () => {
    const refused = await run(['amount', 'primary-care-services', 'service-row-99', 'c6', '--as-of', '2021-10-01']);
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.stderr).toContain('/row: unknown_tariff_row: tariff table "primary-care-services" has no row "service-row-99" on 2021-10-01');
    expect(refused.stderr).toContain('/column: tariff_not_computable: column "c6" of tariff table "primary-care-services" gives no amount: the «medic primar» column is printed empty');
    expect(refused.stderr).toContain('2 problems found');
    const primar = await run(['amount', 'primary-care-services', 'service-row-01', 'c6', '--as-of', '2021-10-01', '--json']);
    expect(JSON.parse(primar.stdout)).toMatchObject({ ok: false, issues: [{ code: 'tariff_not_computable', path: ['column'] }] });
    expect((await run(['amount', 'primary-care-services', 'service-row-01', 'c7'])).code).toBe(EXIT.usage);
  });
});

describe('cnas-rules validate on tariff and parameter folders', () => {
  it('counts them with --json', async () => {
    const { code, stdout } = await run(['validate', '--json']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, tariffTables: 2, parameterSets: 4, tariffVersions: 12 });
  });

  it('refuses a malformed tariff file and a malformed criteria file in one run', async () => {
    const root = ruleTreeCopy((r) => {
      writeJson(r, join('primary-care-point-values', '2021-07-01.json'), '{');
      writeJson(r, join('portable-oxygen', '2023-07-01.json'), '{');
    });
    const { code, stderr } = await run(['validate', root]);
    expect(code).toBe(EXIT.failed);
    expect(stderr).toContain(`${join('portable-oxygen', '2023-07-01.json')} /: invalid_json`);
    expect(stderr).toContain(`${join('primary-care-point-values', '2021-07-01.json')} /: invalid_json`);
  });

  it('validates one tariff folder given by path', async () => {
    const root = ruleTreeCopy();
    const { code, stdout } = await run(['validate', join(root, 'program-tariffs'), '--json']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toMatchObject({ ruleSets: 0, parameterSets: 1, tariffVersions: 3 });
  });
});
