import { Decimal } from 'decimal.js';
import { CnasRulesError, type Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { CitationInfo, InterpretationInfo, Localized, VersionInfo } from '../evaluate/decision.js';
import { describeCitation, describeVersion } from '../evaluate/describe-version.js';
import { loadTariffTree } from '../load/default-source.js';
import { deepFreeze } from '../ruleset/deep-freeze.js';
import { DECIMAL_STRING } from '../ruleset/decimal-string.js';
import { assertAsOf } from '../ruleset/timeline.js';
import { describeFormula, exactProduct, roundAmount } from './compute.js';
import { catalogsFromBundles, type RuleBundle } from '../bundles/bundle.js';
import type { TariffCatalog, buildTariffCatalog } from '../parameters/load.js';
import type { Rounding, TariffAnomaly, TariffTableVersionFile } from '../ruleset/tariff-schema.js';
import { inForce, parameterInForce } from '../parameters/parameter-in-force.js';
import { type SumCheck, checkSums } from '../parameters/sums.js';

/** A dated parameter as it stands on a date, with where the value comes from. */
export interface ParameterValue {
  /** `<folder>/<parameter id>`, e.g. "program-tariffs/petCtPerInvestigation". */
  readonly id: string;
  /** The value, exactly, as a decimal string: never a JavaScript number. */
  readonly value: string;
  readonly unit: string;
  readonly label: Localized;
  /** ro: the verbatim text that states the value; en: an English gloss. */
  readonly law: Localized;
  readonly citation: CitationInfo;
  /** The version of the parameters folder that gave the value, with its provenance, gaps and readings. */
  readonly version: VersionInfo;
}

/** One factor of an amount's formula. */
export interface AmountInput {
  readonly kind: 'points' | 'constant' | 'parameter';
  /** The factor, as a decimal string. */
  readonly value: string;
  /** For a parameter: its id (`<folder>/<parameter id>`). */
  readonly parameter?: string;
  /** True when the caller's `pointValue` replaced the parameter in force. */
  readonly overridden?: boolean;
}

/** An anomaly of the printed table that concerns the row or column asked for. */
export interface AnomalyInfo {
  readonly id: string;
  readonly kind: TariffAnomaly['kind'];
  readonly printed: TariffAnomaly['printed'];
  readonly explanation: string;
  readonly effect: string;
}

/** An amount of a tariff table, explained. */
export interface TariffAmount {
  readonly table: string;
  readonly asOf: string;
  /** The amount in lei, exactly, with the column's decimal places ("17.33", "52.50"). */
  readonly amount: string;
  readonly unit: 'lei';
  /** The product before rounding ("17.325"). */
  readonly exact: string;
  /** The computation as a reader checks it: "5.5 × 3.50 × 0.90 = 17.325 → 17.33 (half-up, 2 places)". */
  readonly formula: string;
  readonly inputs: readonly AmountInput[];
  /**
   * The column's rounding, read from the amounts the source prints; null when the caller gave the
   * point value: the printed amounts say nothing of another point value, so the amount is then exact.
   */
  readonly rounding: Rounding | null;
  readonly row: {
    readonly id: string;
    readonly position: number;
    readonly headings: readonly string[];
    /** The printed label, or null when it was lost (then `labelLost` says why). */
    readonly label: Localized | null;
    readonly labelLost?: string;
    readonly points: string;
    readonly pointsText?: string;
    readonly frequencyLimit?: string;
  };
  readonly column: {
    readonly id: string;
    /** The printed header, verbatim, lines joined by a space. */
    readonly header: string;
    /** The formula printed in the header, verbatim, even where the numbers contradict it. */
    readonly printedFormula?: string;
    readonly doctorCategory: { readonly id: string; readonly label: Localized };
  };
  /** The parameters in force on `asOf` that the formula used, each with its citation (not those replaced by `pointValue`). */
  readonly parameters: readonly ParameterValue[];
  /** Anomalies the table records for this row or column: where the print says otherwise, and why. */
  readonly anomalies: readonly AnomalyInfo[];
  /** The table's readings of unclear text that concern this row or column (all of them are in `version`). */
  readonly readings: readonly InterpretationInfo[];
  /** The version of the table applied, with its provenance, gaps and readings. */
  readonly version: VersionInfo;
  /**
   * Present only when the caller opted in (`fromHeaderFormula`) for a column printed empty: the amount
   * was computed from the header's formula, not read from a printed value, and no print confirms it.
   */
  readonly computedFromHeader?: {
    readonly printedFormula?: string;
    /** The amount column the header starts from, and its amount. */
    readonly base: { readonly column: string; readonly amount: string };
    readonly times: string;
    readonly note: Localized;
  };
}

export interface AmountRequest {
  /** The tariff table (its folder id), e.g. "primary-care-services". */
  readonly table: string;
  /** The row key, e.g. "service-row-01". */
  readonly row: string;
  /** The column label, e.g. "c7". The column says whose amount it is (its `doctorCategory`). */
  readonly column: string;
  /** The date the amount is computed for, YYYY-MM-DD: it selects the table and the parameters in force. */
  readonly asOf: string;
  /** A point value (decimal string) to use instead of the parameter in force, e.g. a final quarterly value. */
  readonly pointValue?: string;
  /**
   * For a column printed empty whose header prints a formula: compute it from that formula instead of
   * refusing. The answer carries `computedFromHeader`: it is not a printed value. Refused by default.
   */
  readonly fromHeaderFormula?: boolean;
}

export interface Tariffs {
  /** The amount of a row in a column on a date, explained. Rejects with a {@link CnasRulesError} carrying every issue. */
  amount(request: AmountRequest): TariffAmount;
  /** A dated parameter on a date, with its citation, e.g. `parameter('program-tariffs/petCtPerInvestigation', { asOf })`. */
  parameter(id: string, options: { readonly asOf: string }): ParameterValue;
  /**
   * The printed totals of a parameters folder (e.g. a budget table's subtotals and totals) as in force
   * on a date, each set against the exact sum of its printed parts: `sums('program-budgets', { asOf })`.
   */
  sums(folder: string, options: { readonly asOf: string }): FolderSums;
  /** The tariff tables and parameters loaded (parsed and checked). */
  readonly catalog: TariffCatalog;
}

/** The sum checks of a parameters folder on a date, with the version they come from. */
export interface FolderSums {
  readonly folder: string;
  readonly asOf: string;
  readonly checks: readonly SumCheck[];
  /** The anomalies the version records (e.g. printed totals that do not add up). */
  readonly anomalies: readonly AnomalyInfo[];
  readonly version: VersionInfo;
}

export interface TariffsOptions {
  /** A rule tree on disk; the bundled rules when omitted. */
  readonly rulesDir?: string;
  /** An already built catalog (e.g. from {@link buildTariffCatalog} on documents not read from disk). */
  readonly catalog?: TariffCatalog;
  /** Tariff tables and parameters given as data, pre-checked at build time (`cnas-rules/bundles/<id>`); no disk needed. */
  readonly bundles?: readonly RuleBundle[];
}

/**
 * Loads and checks the tariff tables and dated parameters of a rule tree once; the object it returns
 * computes amounts exactly (decimal.js, never binary floats) and explains them.
 *
 * @example
 * ```ts
 * const tariffs = createTariffs();
 * const fee = tariffs.amount({ table: 'primary-care-services', row: 'service-row-01', column: 'c7', asOf: '2021-10-01' });
 * fee.amount; // '17.33'
 * fee.formula; // '5.5 × 3.50 × 0.90 = 17.325 → 17.33 (half-up, 2 places)'
 * tariffs.parameter('program-tariffs/petCtPerInvestigation', { asOf: '2019-01-01' }).value; // '4000'
 * ```
 */
export function createTariffs(options: TariffsOptions = {}): Tariffs {
  // Amounts and parameters share the catalog's labels, law text and rows: frozen, so that a caller who
  // changes an answer cannot change the tables of the next one.
  const catalog = deepFreeze(options.catalog ?? (options.bundles ? catalogsFromBundles(options.bundles).parameters : loadTariffTree(options.rulesDir)));
  return {
    catalog,
    amount: (request) => computeAmount(catalog, request),
    parameter: (id, { asOf }) => {
      assertAsOf(asOf);
      const found = findParameter(catalog, id, asOf, ['id']);
      if (!('value' in found)) throw new CnasRulesError([found]);
      return found;
    },
    sums: (folderId, { asOf }) => {
      assertAsOf(asOf);
      const folder = catalog.parameters.get(folderId);
      if (!folder) throw new CnasRulesError([makeIssue('unknown_sum_folder', ['folder'], { id: folderId, known: [...catalog.parameters.keys()] })]);
      const version = inForce(folder, asOf);
      if (!('data' in version)) throw new CnasRulesError([version]);
      return {
        folder: folderId,
        asOf,
        checks: checkSums(version.data),
        anomalies: version.data.anomalies.map(({ id, kind, printed, explanation, effect }) => ({ id, kind, printed, explanation, effect })),
        version: describeVersion(version),
      };
    },
  };
}

/** A parameter as in force on `asOf`, described with its citation and version, or the issue that says why there is none. */
export function findParameter(catalog: TariffCatalog, id: string, asOf: string, path: readonly (string | number)[]): ParameterValue | Issue {
  const found = parameterInForce(catalog, id, asOf, path);
  if (!('parameter' in found)) return found;
  const { parameter, version } = found;
  return {
    id,
    value: parameter.value,
    unit: parameter.unit,
    label: parameter.label,
    law: parameter.law,
    citation: describeCitation(version.data, parameter.cite),
    version: describeVersion(version),
  };
}

function computeAmount(catalog: TariffCatalog, request: AmountRequest): TariffAmount {
  const { table: tableId, row: rowId, column: columnId, asOf, pointValue } = request;
  assertAsOf(asOf);
  const issues: Issue[] = [];
  if (pointValue !== undefined && (typeof pointValue !== 'string' || !DECIMAL_STRING.test(pointValue) || !new Decimal(pointValue).gt(0))) {
    issues.push(makeIssue('invalid_point_value', ['pointValue'], { received: JSON.stringify(pointValue) }));
  }
  const table = catalog.tables.get(tableId);
  if (!table) throw new CnasRulesError([...issues, makeIssue('unknown_tariff_table', ['table'], { id: tableId, known: [...catalog.tables.keys()] })]);
  const version = inForce(table, asOf);
  if (!('data' in version)) throw new CnasRulesError([...issues, version]);

  const { data } = version;
  const row = data.rows.find((r) => r.id === rowId);
  const column = data.columns.find((c) => c.id === columnId);
  if (!row) issues.push(makeIssue('unknown_tariff_row', ['row'], { ruleSet: tableId, id: rowId, asOf, known: data.rows.map((r) => r.id) }));
  if (!column) issues.push(makeIssue('unknown_tariff_column', ['column'], { ruleSet: tableId, id: columnId, asOf, known: data.columns.map((c) => c.id) }));
  else if ('notComputable' in column && column.headerFormula && request.fromHeaderFormula === true && issues.length === 0) {
    return amountFromHeader(catalog, request, column.printedFormula, column.headerFormula);
  } else if (!('formula' in column)) {
    const reason = 'notComputable' in column ? column.notComputable.reason : inputColumnReason(column.holds);
    issues.push(makeIssue('tariff_not_computable', ['column'], { ruleSet: tableId, id: columnId, reason: reason.en, reasonRo: reason.ro }));
  } else if (pointValue !== undefined && !column.formula.multiply.some((o) => typeof o === 'object')) {
    const reason = { en: 'its formula has no point value to replace', ro: 'formula ei nu are o valoare a punctului de înlocuit' };
    issues.push(makeIssue('tariff_not_computable', ['pointValue'], { ruleSet: tableId, id: columnId, reason: reason.en, reasonRo: reason.ro }));
  }
  if (issues.length > 0 || !row || !column || !('formula' in column)) throw new CnasRulesError(issues);

  const inputs: AmountInput[] = [];
  const parameters: ParameterValue[] = [];
  column.formula.multiply.forEach((operand, o) => {
    if (operand === 'points') inputs.push({ kind: 'points', value: row.points });
    else if (typeof operand === 'string') inputs.push({ kind: 'constant', value: operand });
    else if (pointValue !== undefined) inputs.push({ kind: 'parameter', value: pointValue, parameter: operand.parameter, overridden: true });
    else {
      const found = findParameter(catalog, operand.parameter, asOf, ['column', 'formula', o]);
      if (!('value' in found)) issues.push(found);
      else {
        parameters.push(found);
        inputs.push({ kind: 'parameter', value: found.value, parameter: operand.parameter });
      }
    }
  });
  if (issues.length > 0) throw new CnasRulesError(issues);

  const factors = inputs.map((i) => i.value);
  const exact = exactProduct(factors);
  // The rounding is read from the printed amounts, so it holds only for the point value they were printed with.
  const rounding = pointValue === undefined ? column.rounding : null;
  const amount = rounding ? roundAmount(exact, rounding) : exact;
  return {
    table: tableId,
    asOf,
    amount,
    unit: data.unit,
    exact,
    formula: describeFormula(factors, exact, amount, rounding),
    inputs,
    rounding,
    row: {
      id: row.id,
      position: row.position,
      headings: row.headings ?? [],
      label: row.label ?? null,
      ...(row.labelLost !== undefined && { labelLost: row.labelLost }),
      points: row.points,
      ...(row.pointsText !== undefined && { pointsText: row.pointsText }),
      ...(row.frequencyLimit !== undefined && { frequencyLimit: row.frequencyLimit }),
    },
    column: {
      id: column.id,
      header: column.header.map((l) => l.text.trim()).join(' '),
      ...(column.printedFormula !== undefined && { printedFormula: column.printedFormula }),
      doctorCategory: column.doctorCategory,
    },
    parameters,
    anomalies: anomaliesOf(data, row.id, column.id),
    readings: data.interpretations
      .filter((reading) => reading.criteria?.some((id) => id === row.id || id === column.id))
      .map(({ id, question, reading, reason }) => ({ id, question, reading, reason })),
    version: describeVersion(version),
  };
}

type HeaderFormula = { readonly column: string; readonly times: string; readonly rounding: Rounding };

/** An empty column computed, on the caller's request, from its printed header: the base column's amount times the header's factor. */
function amountFromHeader(catalog: TariffCatalog, request: AmountRequest, printedFormula: string | undefined, header: HeaderFormula): TariffAmount {
  const base = computeAmount(catalog, { ...request, column: header.column, fromHeaderFormula: false });
  const rounding = request.pointValue === undefined ? header.rounding : null;
  const exact = exactProduct([base.amount, header.times]);
  const amount = rounding ? roundAmount(exact, rounding) : exact;
  const data = findVersionData(catalog, request);
  const column = data.columns.find((c) => c.id === request.column)!;
  return {
    ...base,
    amount,
    exact,
    formula: `${describeFormula([base.amount, header.times], exact, amount, rounding)}, from the header${printedFormula ? ` «${printedFormula}»` : ''}`,
    inputs: [...base.inputs, { kind: 'constant', value: header.times }],
    rounding,
    column: {
      id: column.id,
      header: column.header.map((l) => l.text.trim()).join(' '),
      ...(printedFormula !== undefined && { printedFormula }),
      doctorCategory: 'doctorCategory' in column ? column.doctorCategory : base.column.doctorCategory,
    },
    anomalies: anomaliesOf(data, base.row.id, request.column),
    computedFromHeader: {
      ...(printedFormula !== undefined && { printedFormula }),
      base: { column: header.column, amount: base.amount },
      times: header.times,
      note: {
        en: 'computed from the header formula on request; the column is printed empty, so no printed value confirms this amount',
        ro: 'calculat la cerere din formula din antet; coloana este tipărită goală, deci nicio valoare tipărită nu confirmă această sumă',
      },
    },
  };
}

function findVersionData(catalog: TariffCatalog, request: AmountRequest) {
  const version = inForce(catalog.tables.get(request.table)!, request.asOf);
  return (version as Extract<typeof version, { data: unknown }>).data;
}

const HOLDS: Record<string, Localized> = {
  label: { en: 'the label', ro: 'denumirea' },
  frequencyLimit: { en: 'the frequency limit', ro: 'limita de frecvență' },
  points: { en: 'the points', ro: 'punctele' },
  pointValue: { en: 'the point value', ro: 'valoarea punctului' },
};

function inputColumnReason(holds: string): Localized {
  const what = HOLDS[holds] ?? { en: holds, ro: holds };
  return { en: `it holds ${what.en} of each row, an input of the amounts`, ro: `conține ${what.ro} fiecărui rând, o intrare a sumelor` };
}

/** The anomalies printed in this row, or in this column's header (a stray cell belongs to no row and concerns none). */
function anomaliesOf(data: TariffTableVersionFile, rowId: string, columnId: string): AnomalyInfo[] {
  const concerns = (a: TariffAnomaly, p: TariffAnomaly['printed'][number]) =>
    p.row === rowId || (p.row === undefined && p.column === columnId && a.kind !== 'stray-cell');
  return data.anomalies
    .filter((a) => a.printed.some((p) => concerns(a, p)))
    .map(({ id, kind, printed, explanation, effect }) => ({ id, kind, printed, explanation, effect }));
}
