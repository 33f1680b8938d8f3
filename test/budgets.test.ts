import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { CnasRulesError } from '../src/errors/issue.js';
import { createTariffs } from '../src/tariffs/tariffs.js';
import { ruleTreeCopy, writeJson } from './support/rule-tree.js';

interface PrintedRow {
  line: number;
  label: string;
  c: string;
  b: string;
}
const printed: { years: Record<string, { rows: PrintedRow[] }> } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'budget-printed.json'), 'utf8'),
);
const KEYS = [
  'oncology', 'oncologyDrugTreatment', 'oncologyPetCt', 'oncologyBreastReconstruction', 'oncologyAcuteLeukemia', 'oncologyRadiotherapy',
  'oncologyGeneticDiagnosis', 'diabetes', 'transplant', 'rareDiseases', 'neurological', 'hemophiliaThalassemia', 'deafness', 'endocrine',
  'orthopedics', 'liverFailureIntensiveCare', 'cardiovascular', 'mentalHealth', 'highPerformanceEquipment', 'interventionalRadiology',
  'refractoryEpilepsy', 'hydrocephalus', 'neuropathicPain', 'renalReplacement', 'total', 'costVolume', 'totalGeneral',
];

/** A decimal string printed the Romanian way: 1620175.29 → "1.620.175,29". */
function printRo(value: string): string {
  const [whole = '', fraction = ''] = value.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction.padEnd(2, '0')}`;
}

const tariffs = createTariffs();

async function run(args: string[]) {
  const out: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readStdin: async () => '' });
  return { code, stdout: out.join('') };
}

describe('the Chapter VIII budget tables', () => {
  for (const year of ['2017', '2018', '2019', '2020']) {
    it(`${year}: every subtotal and total adds up exactly, in both columns`, () => {
      const { checks } = tariffs.sums('program-budgets', { asOf: '2020-12-31' });
      const ofYear = checks.filter((c) => c.id.includes(`-${year}-`));
      expect(ofYear).toHaveLength(8);
      for (const check of ofYear) {
        expect(check.addsUp, check.id).toBe(true);
        expect(check.computed).toBe(check.total.value);
        expect(check.difference).toBe('0.00');
      }
    });

    it(`${year}: every value is the printed cell, digit for digit`, () => {
      const rows = printed.years[year]!.rows;
      expect(rows).toHaveLength(KEYS.length);
      rows.forEach((row, i) => {
        const commitment = tariffs.parameter(`program-budgets/${KEYS[i]}${year}Commitment`, { asOf: '2020-12-31' });
        const budget = tariffs.parameter(`program-budgets/${KEYS[i]}${year}Budget`, { asOf: '2020-12-31' });
        expect(printRo(commitment.value), `${row.label} (line ${row.line})`).toBe(row.c);
        expect(printRo(budget.value), `${row.label} (line ${row.line})`).toBe(row.b);
        expect(commitment.unit).toBe('mii lei');
        expect(commitment.law.ro).toContain(row.c);
      });
    });
  }

  it('gives a table only from the day its printed wording was published', () => {
    expect(tariffs.parameter('program-budgets/neurological2018Commitment', { asOf: '2018-11-28' }).value).toBe('170928.00');
    expect(() => tariffs.parameter('program-budgets/neurological2018Commitment', { asOf: '2018-11-27' })).toThrow(/no parameter "program-budgets\/neurological2018Commitment" in force on 2018-11-27/);
    expect(() => tariffs.parameter('program-budgets/oncology2017Commitment', { asOf: '2017-11-28' })).toThrow(CnasRulesError);
    expect(() => tariffs.sums('program-budgets', { asOf: '2021-01-01' })).toThrow(/not in force|no version/);
    expect(tariffs.sums('program-budgets', { asOf: '2017-11-29' }).checks).toHaveLength(8);
    expect(tariffs.sums('program-budgets', { asOf: '2020-07-15' }).checks).toHaveLength(32);
  });

  it('refuses a folder that is not there', () => {
    expect(() => tariffs.sums('no-such-folder', { asOf: '2020-01-01' })).toThrow(/no parameters folder "no-such-folder"/);
  });
});

describe('printed totals that do not add up', () => {
  const edit = (anomaly: boolean) => (root: string) => {
    const file = join(root, 'program-budgets', '2017-11-29.json');
    const version = JSON.parse(readFileSync(file, 'utf8'));
    version.parameters.oncologyPetCt2017Commitment.value = '35514.01';
    if (anomaly) {
      version.sums.find((s: { id: string }) => s.id === 'oncology-2017-commitment').anomaly = 'B-01';
      version.anomalies = [{ id: 'B-01', kind: 'sum-mismatch', printed: [{ text: '35.514,01', line: 48 }], explanation: 'a test print', effect: 'kept as printed' }];
    }
    writeJson(root, join('program-budgets', '2017-11-29.json'), version);
  };

  it('are refused at load unless recorded as an anomaly, naming the difference', () => {
    const root = ruleTreeCopy(edit(false));
    try {
      createTariffs({ rulesDir: root });
      expect.unreachable();
    } catch (error) {
      const issue = (error as CnasRulesError).issues.find((i) => i.code === 'sum_mismatch');
      expect(issue?.message.en).toContain('the parts add up to 1620175.30, the printed total is 1620175.29 (difference 0.01)');
    }
  });

  it('are kept as printed and reported when recorded as an anomaly', () => {
    const t = createTariffs({ rulesDir: ruleTreeCopy(edit(true)) });
    const result = t.sums('program-budgets', { asOf: '2018-01-01' });
    const check = result.checks.find((c) => c.id === 'oncology-2017-commitment')!;
    expect(check).toMatchObject({ addsUp: false, computed: '1620175.30', difference: '0.01', anomaly: 'B-01' });
    expect(result.anomalies.map((a) => a.id)).toEqual(['B-01']);
    expect(t.parameter('program-budgets/oncologyPetCt2017Commitment', { asOf: '2018-01-01' }).value).toBe('35514.01');
    expect(result.checks.filter((c) => !c.addsUp).map((c) => c.id)).toEqual(['oncology-2017-commitment']);
  });

  it('an anomaly on a sum that adds up is refused', () => {
    const root = ruleTreeCopy((r) => {
      const file = join(r, 'program-budgets', '2017-11-29.json');
      const version = JSON.parse(readFileSync(file, 'utf8'));
      version.sums[0].anomaly = 'B-02';
      version.anomalies = [{ id: 'B-02', kind: 'sum-mismatch', printed: [{ text: 'x' }], explanation: 'x', effect: 'x' }];
      writeJson(r, join('program-budgets', '2017-11-29.json'), version);
    });
    expect(() => createTariffs({ rulesDir: root })).toThrow(/adds up exactly, yet names anomaly "B-02"/);
  });
});

describe('cnas-rules sums and parameter', () => {
  it('prints every check of the year tables in force', async () => {
    const { code, stdout } = await run(['sums', 'program-budgets', '--as-of', '2019-12-18']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('  ok  TOTAL GENERAL = TOTAL + cost-volume, commitment appropriations 2019: 7179317.50 = Σ 2 → 7179317.50\n');
    expect(stdout).toContain('24 sums, 0 not adding up.');
  });

  it('prints a parameter with its source, and refuses an unknown one with exit 3', async () => {
    const { code, stdout } = await run(['parameter', 'program-budgets/neurological2019Budget', '--as-of', '2020-01-10']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('program-budgets/neurological2019Budget = 167760.00 mii lei');
    expect(stdout).toContain('Programul național de tratament al bolilor neurologice | Credite bugetare an 2019: 167.760,00 (mii lei)');
    const refused = await run(['parameter', 'program-budgets/neurological2021Budget', '--as-of', '2020-01-10']);
    expect(refused.code).toBe(EXIT.refused);
    const json = await run(['sums', 'program-budgets', '--as-of', '2017-12-01', '--json']);
    expect(JSON.parse(json.stdout).checks).toHaveLength(8);
  });
});

describe('the programs\' evaluation indicators', () => {
  it('are dated by the orders that gave their wording', () => {
    expect(tariffs.parameter('program-indicators/multipleSclerosisPhysical', { asOf: '2019-06-28' })).toMatchObject({ value: '4553', unit: 'număr' });
    expect(tariffs.parameter('program-indicators/multipleSclerosisEfficiency', { asOf: '2020-12-31' })).toMatchObject({ value: '32242', unit: 'lei' });
    expect(tariffs.parameter('program-indicators/cardioEfficiencyJ', { asOf: '2019-07-01' }).value).toBe('421157');
    expect(() => tariffs.parameter('program-indicators/multipleSclerosisPhysical', { asOf: '2019-06-27' })).toThrow(/no version|not in force|no parameter/);
    expect(() => tariffs.parameter('program-indicators/deafnessPhysicalA', { asOf: '2019-11-10' })).toThrow(/no parameter "program-indicators\/deafnessPhysicalA" in force on 2019-11-10/);
    expect(tariffs.parameter('program-indicators/deafnessPhysicalA', { asOf: '2019-11-11' }).value).toBe('179');
  });

  it('the diabetes self-monitored patients add up to c.1 + c.2', () => {
    const { checks } = tariffs.sums('program-indicators', { asOf: '2020-01-01' });
    expect(checks).toEqual([expect.objectContaining({ id: 'diabetes-self-monitored', computed: '252017', addsUp: true })]);
  });
});
