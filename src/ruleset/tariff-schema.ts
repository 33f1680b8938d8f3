/**
 * The version formats of the two folder kinds that hold money rather than criteria: `parameters`
 * (dated values such as tariffs and point values) and `tariff-table` (rows of points and the columns
 * that turn them into amounts). Both share the head of a criteria version (dates, title, provenance,
 * source gaps, readings) so that a value is dated and cited exactly as a criterion is.
 *
 * Every amount is a decimal string; the formula language is closed (a product of points, decimal
 * constants and dated parameters) and every column states the rounding found in the printed numbers.
 */
import { z } from 'zod';
import { Citation, DecimalString, FactId, Id, LocalizedText, RuleVersionFile } from './schema.js';

/** Dates, title, provenance, source gaps and readings: the same fields, and rules, as a criteria version. */
const VersionHead = RuleVersionFile.pick({
  $schema: true,
  ruleSet: true,
  validFrom: true,
  validUntil: true,
  title: true,
  provenance: true,
  sourceGaps: true,
  interpretations: true,
});

// ---------------------------------------------------------------------------------------------
// Parameters

/** A dated value the law (or a source) states: a tariff, a unit cost, a point value, a quantity. */
export const Parameter = z.strictObject({
  value: DecimalString.describe('The value, exactly: "4000", "834.5", "3.50".'),
  unit: z.string().min(1).max(60).describe('The unit as the source states it, e.g. "lei/investigație", "lei/punct", "teste/3 luni".'),
  label: LocalizedText.describe('What the value is, in a few words.'),
  law: LocalizedText.describe('ro: the verbatim text that states the value; en: an English gloss.'),
  cite: Citation,
});



// ---------------------------------------------------------------------------------------------
// Tariff tables

/** A reference to a dated parameter of another folder: "<parameters folder>/<parameter id>". */
export const ParameterRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z][A-Za-z0-9]*$/, 'a parameter is named "<folder>/<id>", e.g. "primary-care-point-values/pointValueService"')
  .describe('A dated parameter, "<parameters folder>/<parameter id>": the value in force on the date asked.');

const Operand = z.union([
  z.literal('points').describe("The row's points."),
  DecimalString.describe('A decimal constant, e.g. "0.90".'),
  z.strictObject({ parameter: ParameterRef }),
]);

/** A product: the only operation the tables need, and the only one the format offers. */
export const Formula = z
  .strictObject({ multiply: z.array(Operand).min(1).max(10) })
  .describe("The exact product of its operands: the row's points, decimal constants and dated parameters.");

export const Rounding = z
  .strictObject({
    places: z.number().int().min(0).max(10).describe('Decimal places kept.'),
    mode: z
      .enum(['half-up', 'half-even', 'up', 'down'])
      .describe('half-up: 5 rounds away from zero; half-even: 5 rounds to the even digit; up / down: away from / towards zero.'),
  })
  .describe('How the exact product becomes the amount.');

/** How the source prints an amount, so that a test can compare digit for digit. */
export const PrintedFormat = z.strictObject({
  decimalSeparator: z.enum([',', '.']),
  trailingZeros: z
    .enum(['keep', 'drop'])
    .describe('keep: always the rounding places ("126,00"); drop: a spreadsheet\'s "General" format ("52,5", "35").'),
});

/** A line of the printed table, verbatim, with its line number in the source. */
export const PrintedLine = z.strictObject({
  line: z.number().int().min(1),
  text: z.string().max(2000),
});

const ColumnHead = {
  id: Id.describe('The column label as printed, e.g. "c6".'),
  header: z.array(PrintedLine).max(20).describe('The printed header, verbatim, line by line (empty when none is printed).'),
  printedFormula: z.string().max(200).optional().describe('The formula printed in the header, verbatim, even when the numbers contradict it.'),
};

const AmountColumn = z.strictObject({
  ...ColumnHead,
  doctorCategory: z
    .strictObject({ id: Id, label: LocalizedText })
    .describe('Whose amount the column gives (e.g. "medic specialist"), as the header names it.'),
  formula: Formula,
  rounding: Rounding,
  printedFormat: PrintedFormat,
});

const EmptyColumn = z.strictObject({
  ...ColumnHead,
  doctorCategory: z.strictObject({ id: Id, label: LocalizedText }),
  notComputable: z
    .strictObject({ anomaly: Id, reason: LocalizedText })
    .describe('Why the library gives no amount for this column (e.g. an empty printed column whose formula cannot be checked).'),
  headerFormula: z
    .strictObject({
      column: Id.describe('The amount column the printed header formula starts from (e.g. "c5" in «c6 = c5 + c5 * 20%»).'),
      times: DecimalString.describe('The factor the header applies to it (e.g. "1.20" for «+ 20%»).'),
      rounding: Rounding,
    })
    .optional()
    .describe('The printed header formula, in a form the library computes only when a caller opts in (fromHeaderFormula): the answer is then flagged as computed from the header, not a printed value.'),
});

const InputColumn = z.strictObject({
  ...ColumnHead,
  holds: z.enum(['label', 'frequencyLimit', 'points', 'pointValue']).describe('What the column holds: an input of the amounts, not an amount.'),
});

export const TariffColumn = z.union([AmountColumn, EmptyColumn, InputColumn]);

export const TariffRow = z.strictObject({
  id: Id.describe('A stable, neutral key (e.g. "service-row-07"); never a legal identifier.'),
  position: z.number().int().min(1).describe('The printed order (1 = the first row printed).'),
  headings: z.array(z.string().min(1).max(2000)).max(10).optional().describe('The printed headings above the row, outermost first.'),
  label: LocalizedText.optional().describe('ro: the printed label (line-end hyphens of the extraction removed); en: a gloss.'),
  labelLost: z.string().min(1).max(2000).optional().describe('Why the row has no label; required when `label` is absent.'),
  points: DecimalString.describe('The points the formulas multiply.'),
  pointsText: z.string().min(1).max(2000).optional().describe('The printed points cell, with its conditions (Romanian, line-end hyphens removed).'),
  pointsAssigned: z
    .strictObject({ anomaly: Id, reason: z.string().min(1).max(2000) })
    .optional()
    .describe("Set when the points are an assignment (a documented realignment of cells), not a reading of the row's own cell."),
  frequencyLimit: z.string().min(1).max(2000).optional().describe('The printed frequency limit or condition (Romanian, line-end hyphens removed).'),
  notes: z.array(z.string().min(1).max(2000)).max(10).optional(),
  lines: z.array(z.number().int().min(1)).max(60).describe('The source lines of the row (label, limit, points).'),
});

/** A printed value or text the table contradicts, recorded rather than bent into a formula. */
export const TariffAnomaly = z.strictObject({
  id: Id,
  kind: z.enum([
    'header-formula-contradicted',
    'empty-column',
    'lost-labels',
    'header-mismatch',
    'factor-of-ten',
    'misaligned-cells',
    'amount-contradicts-points',
    'stray-cell',
    'missing-cells',
    'layout',
    'text',
    'format',
    'sum-mismatch',
  ]),
  printed: z
    .array(
      z.strictObject({
        text: z.string().max(2000).describe('The printed text, verbatim.'),
        line: z.number().int().min(1).optional(),
        row: Id.optional(),
        column: Id.optional(),
      }),
    )
    .max(50)
    .describe('What is printed, where.'),
  explanation: z.string().min(1).max(20_000).describe('Why the print cannot be reproduced, or what it does not say.'),
  effect: z.string().min(1).max(20_000).describe('What the library does about it.'),
});

/**
 * A printed total and the printed parts it states it is the sum of (a budget table's "din care" rows,
 * its TOTAL): checked exactly at load. A total the print gets wrong names the anomaly that records it.
 */
export const ParameterSum = z.strictObject({
  id: Id,
  label: LocalizedText.describe('What is added up, e.g. "Oncology program = its six subprograms, commitment appropriations 2017".'),
  total: FactId.describe('The parameter that holds the printed total.'),
  parts: z.array(FactId).min(1).max(200).describe('The parameters whose values the total states it adds up, in printed order.'),
  anomaly: Id.optional().describe('Set only when the printed total differs from the sum of its parts: the anomaly that records it.'),
});

export const ParametersVersionFile = VersionHead.extend({
  parameters: z
    .record(FactId, Parameter)
    .describe('The values in force in this version, by camelCase id. Others refer to one as "<folder>/<id>".'),
  sums: z.array(ParameterSum).max(500).default([]).describe('Printed totals checked against their printed parts, exactly.'),
  anomalies: z.array(TariffAnomaly).max(200).default([]).describe('Printed values the data contradicts, e.g. a total that does not add up.'),
});

export const TariffTableVersionFile = VersionHead.extend({
  cite: Citation.describe('Where the table stands in its source.'),
  unit: z.literal('lei').describe('The currency of every amount column.'),
  basis: LocalizedText.describe('What one amount pays for, e.g. "per person registered, per year".'),
  columns: z.array(TariffColumn).min(1).max(30),
  rows: z.array(TariffRow).min(1).max(1000),
  anomalies: z.array(TariffAnomaly).max(200).default([]),
});

export type Parameter = z.infer<typeof Parameter>;
export type ParametersVersionFile = z.infer<typeof ParametersVersionFile>;
export type ParameterSum = z.infer<typeof ParameterSum>;
export type TariffTableVersionFile = z.infer<typeof TariffTableVersionFile>;
export type TariffColumn = z.infer<typeof TariffColumn>;
export type TariffRow = z.infer<typeof TariffRow>;
export type TariffAnomaly = z.infer<typeof TariffAnomaly>;
export type Formula = z.infer<typeof Formula>;
export type Rounding = z.infer<typeof Rounding>;
export type PrintedFormat = z.infer<typeof PrintedFormat>;
