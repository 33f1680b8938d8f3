import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CnasRulesError, type Issue } from '../src/errors/issue.js';
import { buildTariffCatalog } from '../src/parameters/load.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { ruleTreeCopy, writeJson } from './support/rule-tree.js';

const SERVICES = join('primary-care-services', '2021-07-01.json');
const VALUES = join('primary-care-point-values', '2021-07-01.json');

/** The issues of loading a copy of the bundled rules after `edit`, as `file-name path code` lines. */
function refusals(edit: (root: string) => void): string[] {
  const root = ruleTreeCopy(edit);
  try {
    buildTariffCatalog(readRuleTree(root));
  } catch (error) {
    if (!(error instanceof CnasRulesError)) throw error;
    return error.issues.map((i: Issue) => `${i.file?.slice(root.length + 1)} /${i.path.join('/')} ${i.code}`);
  }
  throw new Error('the tree was accepted');
}

const read = (root: string, file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('tariff and parameter folders are refused at load, every problem at once', () => {
  it('reports each problem of a malformed tariff table with the file and the JSON path', () => {
    const problems = refusals((root) => {
      const table = read(root, SERVICES);
      table.rows[0].points = 5.5; // a JSON number, not a decimal string
      table.rows[1].path = '$.x'; // a key the format does not have
      table.columns[6].rounding.mode = 'nearest';
      table.columns[4].formula.multiply.push({ divide: '2' }); // the formula language is closed
      writeJson(root, SERVICES, table);
    });
    expect(problems).toEqual([
      `${SERVICES} /columns/4/formula/multiply/2 schema_violation`,
      `${SERVICES} /columns/6/rounding/mode schema_violation`,
      `${SERVICES} /rows/0/points schema_violation`,
      `${SERVICES} /rows/1 schema_violation`,
    ]);
  });

  it('checks references once the file has the right shape', () => {
    const problems = refusals((root) => {
      const table = read(root, SERVICES);
      table.rows[2].id = table.rows[3].id;
      delete table.rows[4].label;
      table.columns[4].formula.multiply[1] = { parameter: 'primary-care-point-values/pointValueServices' };
      table.anomalies[3].printed[0].row = 'service-row-99';
      table.interpretations[0].criteria.push('c8');
      table.validFrom = '2021-07-02';
      writeJson(root, SERVICES, table);
    });
    expect(problems).toEqual([
      `${SERVICES} /validFrom file_name_mismatch`,
      `${SERVICES} /rows/3 duplicate_id`,
      `${SERVICES} /rows/4 schema_violation`,
      `${SERVICES} /anomalies/3/printed/0/row unknown_reference`,
      `${SERVICES} /interpretations/0/criteria/2 unknown_reference`,
    ]);
  });

  it('refuses a formula that names a parameter no folder declares', () => {
    const problems = refusals((root) => {
      const table = read(root, SERVICES);
      table.columns[4].formula.multiply[1] = { parameter: 'primary-care-point-values/pointValueServices' };
      writeJson(root, SERVICES, table);
    });
    expect(problems).toEqual([`${SERVICES} /columns/4/formula/multiply/1/parameter unknown_reference`]);
  });

  it('refuses a parameter written as a number, an unknown act, an overlapping version and a stray file', () => {
    const problems = refusals((root) => {
      const values = read(root, VALUES);
      values.parameters.pointValueService.cite.act = 'order-9999';
      writeJson(root, VALUES, values);
      writeJson(root, join('primary-care-point-values', '2022-01-01.json'), { ...values, validFrom: '2022-01-01', parameters: { pointValueService: { ...values.parameters.pointValueService, value: 4 } } });
      writeJson(root, join('primary-care-point-values', '2022-02-01.json'), { ...values, validFrom: '2022-02-01' });
      writeJson(root, join('primary-care-point-values', 'notes.json'), {});
    });
    expect(problems).toEqual([
      `${VALUES} /parameters/pointValueService/cite/act unknown_reference`,
      `${join('primary-care-point-values', '2022-01-01.json')} /parameters/pointValueService/value schema_violation`,
      `${join('primary-care-point-values', '2022-02-01.json')} /parameters/pointValueService/cite/act unknown_reference`,
      `${join('primary-care-point-values', 'notes.json')} / file_name_mismatch`,
    ]);
  });

  it('refuses a version that reaches into the next one', () => {
    const problems = refusals((root) => {
      const values = read(root, VALUES);
      writeJson(root, join('primary-care-point-values', '2022-01-01.json'), { ...values, validFrom: '2022-01-01', validUntil: undefined });
    });
    expect(problems).toEqual([`${VALUES} /validUntil version_overlap`]);
  });

  it('refuses an act without number, date or Monitorul Oficial when no provenance gap says why', () => {
    const problems = refusals((root) => {
      const values = read(root, VALUES);
      values.sourceGaps = values.sourceGaps.filter((gap: { kind: string }) => gap.kind !== 'provenance');
      writeJson(root, VALUES, values);
    });
    expect(problems).toEqual([`${VALUES} /provenance/acts/sanador-table provenance_gap_undeclared`]);
  });
});
