/**
 * Every number printed in the primary-care tariff table (seed 002), copied into
 * test/fixtures/primary-care-printed.json as printed, is computed from the rule files and compared
 * digit for digit; the anomalies are asserted not reproducible; binary floats are shown to fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CnasRulesError } from '../src/errors/issue.js';
import { formatAsPrinted, roundAmount } from '../src/tariffs/compute.js';
import type { PrintedFormat, TariffTableVersionFile } from '../src/ruleset/tariff-schema.js';
import { createTariffs } from '../src/tariffs/tariffs.js';

interface PrintedCell {
  table: string;
  row: string | null;
  column: string;
  kind: 'points' | 'pointValue' | 'amount';
  printed: string;
  line: number;
  status: 'input' | 'input-after-realignment' | 'reproduced' | 'reproduced-after-realignment' | 'anomaly';
  anomaly?: string;
  extractionOrderPoints?: string | null;
  extractionOrderPrinted?: string;
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'primary-care-printed.json'), 'utf8')) as {
  cells: PrintedCell[];
  notPrinted: Array<{ table: string; row: string; column: string; anomaly: string }>;
};
const AS_OF = '2021-10-01';
const tariffs = createTariffs();
const tableData = (id: string): TariffTableVersionFile => tariffs.catalog.tables.get(id)!.versions[0]!.data;
const rowOf = (cell: PrintedCell) => tableData(cell.table).rows.find((r) => r.id === cell.row)!;
const columnOf = (table: string, column: string) => tableData(table).columns.find((c) => c.id === column)!;
const formatOf = (table: string, column: string): PrintedFormat => {
  const found = columnOf(table, column);
  if (!('printedFormat' in found)) throw new Error(`${table} ${column} is not an amount column`);
  return found.printedFormat;
};
/** The amount the rule files give for a cell, written as the seed prints that column. */
const computed = (cell: { table: string; row: string; column: string }) =>
  formatAsPrinted(tariffs.amount({ ...cell, asOf: AS_OF }).amount, formatOf(cell.table, cell.column));
const asPrinted = (decimal: string) => decimal.replace('.', ',');
const amounts = fixture.cells.filter((c) => c.kind === 'amount');
const label = (c: PrintedCell) => `${c.table} ${c.row ?? '(no row)'} ${c.column} line ${c.line}: "${c.printed}"`;

describe('every number printed in the primary-care tariff table (seed 002)', () => {
  const inputs = fixture.cells.filter((c) => c.kind !== 'amount');

  it.each(inputs.map((c) => [label(c), c] as const))('input %s is the value in the rule files', (_, cell) => {
    if (cell.kind === 'points') {
      const row = rowOf(cell);
      expect(asPrinted(row.points)).toBe(cell.printed);
      expect(row.pointsAssigned?.anomaly).toBe(cell.status === 'input-after-realignment' ? 'PC-06' : undefined);
    } else {
      const parameter = cell.table === 'primary-care-capitation' ? 'pointValueCapitation' : 'pointValueService';
      const { value } = tariffs.parameter(`primary-care-point-values/${parameter}`, { asOf: AS_OF });
      expect(asPrinted(value)).toBe(cell.printed);
    }
  });

  const reproducible = amounts.filter((c) => c.status.startsWith('reproduced'));
  it.each(reproducible.map((c) => [label(c), c] as const))('amount %s is reproduced digit for digit', (_, cell) => {
    expect(computed({ table: cell.table, row: cell.row!, column: cell.column })).toBe(cell.printed);
  });

  it('gives these counts per column (reproduced / after realignment / anomalies / not printed)', () => {
    const counts: Record<string, [number, number, number, number]> = {};
    const count = (table: string, column: string, index: 0 | 1 | 2 | 3) => {
      const tally = (counts[`${table} ${column}`] ??= [0, 0, 0, 0]);
      tally[index] += 1;
    };
    const index = { reproduced: 0, 'reproduced-after-realignment': 1, anomaly: 2 } as const;
    for (const cell of amounts) count(cell.table, cell.column, index[cell.status as keyof typeof index]);
    for (const cell of fixture.notPrinted) count(cell.table, cell.column, 3);
    expect(counts).toEqual({
      'primary-care-capitation c4': [10, 0, 0, 0],
      'primary-care-capitation c5': [0, 0, 0, 10],
      'primary-care-capitation c6': [10, 0, 0, 0],
      'primary-care-services c5': [38, 6, 3, 1],
      'primary-care-services c6': [0, 0, 0, 48],
      // the third anomaly of c7 is the stray "0,00" (PC-09), printed in no row
      'primary-care-services c7': [37, 6, 3, 3],
    });
    expect(reproducible).toHaveLength(107);
    expect(inputs.filter((c) => c.kind === 'pointValue')).toHaveLength(10 + 48);
    expect(new Set(inputs.filter((c) => c.kind === 'points').map((c) => `${c.table}:${c.line}`)).size).toBe(10 + 47);
  });
});

describe('anomalies of the printed table: recorded, never bent into the formula', () => {
  const anomalous = amounts.filter((c) => c.status === 'anomaly');

  it.each(anomalous.map((c) => [c.anomaly, label(c), c] as const))('%s: %s is not reproduced', (id, _, cell) => {
    const recorded = tableData(cell.table).anomalies.find((a) => a.id === id)!;
    expect(recorded.printed).toContainEqual(expect.objectContaining({ text: cell.printed, line: cell.line }));
    if (cell.row !== null) {
      expect(computed({ table: cell.table, row: cell.row, column: cell.column })).not.toBe(cell.printed);
    } else {
      // a stray cell (PC-09) belongs to no row: no row of the table gives it
      const rows = tableData(cell.table).rows.map((r) => computed({ table: cell.table, row: r.id, column: cell.column }));
      expect(rows).not.toContain(cell.printed);
    }
  });

  it('the factor-of-ten and contradicted cells are exactly the ones listed', () => {
    expect(anomalous.map((c) => `${c.anomaly} ${c.row} ${c.column} ${c.printed}`)).toEqual([
      'PC-05 service-row-06 c5 5,25',
      'PC-05 service-row-06 c7 4,73',
      'PC-08 service-row-34 c5 19,25',
      'PC-08 service-row-34 c7 17,33',
      'PC-11 service-row-48 c5 3,5',
      'PC-09 null c7 0,00',
    ]);
    expect(computed({ table: 'primary-care-services', row: 'service-row-06', column: 'c5' })).toBe('52,5');
    expect(computed({ table: 'primary-care-services', row: 'service-row-34', column: 'c7' })).toBe('18,90');
    expect(computed({ table: 'primary-care-services', row: 'service-row-48', column: 'c5' })).toBe('35');
  });

  it('PC-06: read in extraction order, the points cells reproduce none of the four rows', () => {
    const realigned = fixture.cells.filter((c) => c.status === 'input-after-realignment');
    expect(realigned.map((c) => c.row)).toEqual(['service-row-10', 'service-row-11', 'service-row-12', 'service-row-13']);
    for (const cell of realigned) {
      const printedC5 = amounts.find((a) => a.row === cell.row && a.column === 'c5')!.printed;
      const fromExtractionOrder =
        cell.extractionOrderPoints == null ? null : formatAsPrinted(new Decimal(cell.extractionOrderPoints.replace(',', '.')).times('3.50').toFixed(2), formatOf(cell.table, 'c5'));
      expect(fromExtractionOrder).not.toBe(printedC5);
    }
  });

  it('PC-07: read in extraction order, the amounts of B.3.a and B.3.c are not their rows\' amounts', () => {
    const moved = amounts.filter((c) => c.anomaly === 'PC-07');
    expect(moved).toHaveLength(4);
    for (const cell of moved) expect(computed({ table: cell.table, row: cell.row!, column: cell.column })).not.toBe(cell.extractionOrderPrinted);
  });

  it('PC-01: the printed header "+ 10%" (× 1.10) reproduces none of the 55 values of c6 and c7; × 0.90 reproduces them all', () => {
    const ninety = tenPercentColumnCells();
    expect(ninety).toHaveLength(10 + 43);
    for (const cell of ninety) {
      const result = tariffs.amount({ table: cell.table, row: cell.row!, column: cell.column, asOf: AS_OF });
      const headerReading = new Decimal(result.exact).dividedBy('0.90').times('1.10');
      expect(formatAsPrinted(roundAmount(headerReading.toFixed(), result.rounding!), formatOf(cell.table, cell.column))).not.toBe(cell.printed);
    }
  });

  it('PC-02: the empty «medic primar» columns give no amount', () => {
    for (const [table, column] of [['primary-care-capitation', 'c5'], ['primary-care-services', 'c6']] as const) {
      expect(() => tariffs.amount({ table, row: tableData(table).rows[0]!.id, column, asOf: AS_OF })).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ code: 'tariff_not_computable', path: ['column'] })] }),
      );
    }
  });

  it('every anomaly PC-01 … PC-17 of the analysis is recorded in the rule files', () => {
    const ids = new Set([...tariffs.catalog.tables.values()].flatMap((t) => t.versions.flatMap((v) => v.data.anomalies.map((a) => a.id))));
    expect([...ids].sort()).toEqual(Array.from({ length: 17 }, (_, i) => `PC-${String(i + 1).padStart(2, '0')}`));
  });

  it('the cells the seed leaves empty are computed from the column formula where it is known', () => {
    const unprinted = fixture.notPrinted.filter((c) => c.anomaly !== 'PC-02');
    expect(unprinted.map((c) => `${c.row} ${c.column} ${computed(c)}`)).toEqual([
      'service-row-46 c5 35',
      'service-row-46 c7 31,50',
      'service-row-47 c7 63,00',
      'service-row-48 c7 31,50',
    ]);
  });
});

describe('rounding: exact decimals, half-up', () => {
  it('binary floating point gets printed values wrong: 17.325 → 17.32 and 22.95 → 22.9', () => {
    expect((19.25 * 0.9).toFixed(2)).toBe('17.32');
    expect((25.5 * 0.9).toFixed(1)).toBe('22.9');
    expect(computed({ table: 'primary-care-services', row: 'service-row-01', column: 'c7' })).toBe('17,33');
    expect(computed({ table: 'primary-care-capitation', row: 'capitation-row-05', column: 'c6' })).toBe('23,0');
  });

  it('and would miss 26 of the 53 printed values of c6 and c7', () => {
    const wrong = tenPercentColumnCells().filter((cell) => {
      const result = tariffs.amount({ table: cell.table, row: cell.row!, column: cell.column, asOf: AS_OF });
      const [points, pointValue, factor] = result.inputs.map((i) => Number(i.value)) as [number, number, number];
      return asPrinted((points * pointValue * factor).toFixed(result.rounding!.places)) !== cell.printed;
    });
    expect(wrong).toHaveLength(26);
  });

  it('half-even would miss printed values too (99.45 → 99.4, 17.325 → 17.32); rounding up would not (the print cannot tell)', () => {
    const exact = (c: PrintedCell) => tariffs.amount({ table: c.table, row: c.row!, column: c.column, asOf: AS_OF });
    const cells = tenPercentColumnCells();
    const missedBy = (mode: 'half-even' | 'up') =>
      cells.filter((c) => {
        const result = exact(c);
        return formatAsPrinted(roundAmount(result.exact, { ...result.rounding!, mode }), formatOf(c.table, c.column)) !== c.printed;
      }).length;
    expect(missedBy('half-even')).toBe(30);
    expect(missedBy('up')).toBe(0);
  });
});

/** The reproduced cells of the columns whose header prints "+ 10%" (capitation c6, services c7). */
function tenPercentColumnCells(): PrintedCell[] {
  return amounts.filter((c) => c.status.startsWith('reproduced') && columnOf(c.table, c.column).printedFormula?.endsWith('* 10%'));
}

describe('amounts are never JavaScript numbers', () => {
  it('the only numbers in an amount are positions, line numbers and decimal places', () => {
    const result = tariffs.amount({ table: 'primary-care-services', row: 'service-row-07', column: 'c7', asOf: AS_OF });
    const numberKeys = new Set<string>();
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'number') numberKeys.add(key);
      else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(result, '');
    expect([...numberKeys].sort()).toEqual(['line', 'places', 'position']);
    expect(result).toMatchObject({ amount: '47.25', exact: '47.25', unit: 'lei', formula: '15 × 3.50 × 0.90 = 47.25 → 47.25 (half-up, 2 places)' });
  });

  it('a refused amount is a CnasRulesError, not a number', () => {
    expect(() => tariffs.amount({ table: 'primary-care-services', row: 'service-row-99', column: 'c9', asOf: AS_OF })).toThrow(CnasRulesError);
  });
});
