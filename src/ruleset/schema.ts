/**
 * The rule-file format, defined once. The same zod schemas validate files at load time, give the
 * TypeScript types (`z.infer`) and are turned into the JSON Schemas shipped in `schemas/` that rule
 * files name in `$schema`, so an editor checks a file while its author types.
 *
 * The format is a closed language: every object is strict (an unknown key such as json-rules-engine's
 * `path` is refused), operators come from a fixed list, and no field can hold code.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.js';
import { HOLIDAY_CALENDAR_IDS } from '../calendar/working-days.js';
import { DECIMAL_STRING } from './decimal-string.js';

const MAX_TEXT = 20_000;

/** A text in Romanian and English. */
export const LocalizedText = z
  .strictObject({
    ro: z.string().min(1).max(MAX_TEXT).describe('Romanian text (verbatim where it quotes the law).'),
    en: z.string().min(1).max(MAX_TEXT).describe('English text (a gloss where it translates the law).'),
  })
  .describe('A text in Romanian and in English.');

/** A calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must be written YYYY-MM-DD')
  .refine(isIsoDate, 'not a calendar date')
  .describe('A calendar date, YYYY-MM-DD, no time and no time zone.');

/** A decimal number written as a string, so no binary float ever stands for a threshold. */
export const DecimalString = z
  .string()
  .regex(DECIMAL_STRING, 'a number must be a decimal string such as "70" or "0.5"')
  .describe('A decimal number as a string (exact; never a JSON number).');

/** Ids of criteria, outputs, rows, sources, acts and gaps: letters, digits, dots, dashes. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:[.\-_][A-Za-z0-9]+)*$/, 'an id is letters and digits, joined by ".", "-" or "_"')
  .max(80);

/** Fact ids are camelCase identifiers. */
export const FactId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'a fact id is camelCase: a lowercase letter, then letters and digits')
  .max(64);

/** A rule set id is a lowercase slug, the name of its folder. */
export const RuleSetId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule set id is a lowercase slug such as "home-oxygen"')
  .max(64);

// ---------------------------------------------------------------------------------------------
// Facts

const FactBase = {
  label: LocalizedText.describe('What the fact is, as a form would ask for it.'),
  description: LocalizedText.optional().describe('How to fill the fact in, where the label is not enough.'),
};

const NumberFact = z.strictObject({
  type: z.enum(['decimal', 'integer']),
  unit: z.string().min(1).max(40).optional().describe('Unit, e.g. "%", "h/day", "lei", "days".'),
  min: DecimalString.optional().describe('Smallest accepted value (inclusive).'),
  max: DecimalString.optional().describe('Largest accepted value (inclusive).'),
  ...FactBase,
});

const EnumValue = z.strictObject({
  id: Id,
  label: LocalizedText,
});

const EnumFact = z.strictObject({
  type: z.literal('enum'),
  values: z.array(EnumValue).min(1).max(500).describe('The allowed values, each with its labels.'),
  ...FactBase,
});

const SimpleFact = z.strictObject({
  type: z.enum(['boolean', 'date']),
  ...FactBase,
});

const TextFact = z
  .strictObject({
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(2000).default(500),
    ...FactBase,
  })
  .describe('Free text the caller asserts, such as a reference to the medical documentation. It is shown, never compared.');

const DateListFact = z
  .strictObject({
    type: z.literal('dateList'),
    maxItems: z.number().int().min(1).max(5000).default(1000),
    ...FactBase,
  })
  .describe('The dates of events (episodes, measurements, dosings), YYYY-MM-DD each. Counted by `countWithin`, never compared directly.');

/** A fact the caller supplies. */
export const FactDeclaration = z.discriminatedUnion('type', [NumberFact, EnumFact, SimpleFact, TextFact, DateListFact]);

const DateRef = z.union([FactId, z.literal('asOf')]).describe('A date fact, or "asOf" for the evaluation date.');

const DerivedBetween = z.strictObject({
  fn: z
    .enum(['completedYears', 'completedMonths', 'days'])
    .describe(
      'completedYears / completedMonths: whole years or months from `from` to `to` (Civil Code art. 2.552: a ' +
        'month ends on the same day of the next month, or on its last day); days: days from `from` to `to`.',
    ),
  from: DateRef,
  to: DateRef,
  label: LocalizedText,
});

const DerivedMonthsLater = z.strictObject({
  fn: z.literal('daysUntilMonthsLater').describe('Days from `from` to the same day `months` months later.'),
  from: DateRef,
  months: z.number().int().min(1).max(120),
  clamp: z
    .strictObject({ min: DecimalString, max: DecimalString })
    .optional()
    .describe('Keep the result within these bounds (inclusive).'),
  label: LocalizedText,
});

const DerivedPeriodDays = z.strictObject({
  fn: z
    .literal('periodDays')
    .describe(
      'The days of a period of `months` months that starts on `from`, that day counted as the first: the days up to the same day ' +
        '`months` months later (Civil Code art. 2.552), never fewer than 30 a month, so one month is 30 or 31 days and three ' +
        'months 90, 91 or 92, as the programme norms count a prescription period. One definition for every set, so two sets ' +
        'never give the same form two periods.',
    ),
  from: DateRef,
  months: z.number().int().min(1).max(120),
  label: LocalizedText,
});

const DerivedPastTerm = z.strictObject({
  fn: z
    .literal('daysPastTerm')
    .describe('Days from the end of a term of `months` months starting on `from` to `to`: ≤ 0 while the term runs (its last day is the same day `months` months later, Civil Code art. 2.552), > 0 once it has ended.'),
  from: DateRef,
  months: z.number().int().min(1).max(1200),
  to: DateRef,
  label: LocalizedText,
});

const CalendarPeriodName = z.enum(['month', 'quarter', 'year']).describe('A calendar month, quarter (January-March, ...) or year.');

/** A window of days ending on a given day (`to`), both ends included. */
const DateWindow = z
  .union([
    z.strictObject({ lastDays: z.number().int().min(1).max(3660) }).describe('The day `to` and the days before it: `lastDays` days in all.'),
    z.strictObject({ lastMonths: z.number().int().min(1).max(120) }).describe('After the same day `lastMonths` months earlier, up to `to`.'),
    z.strictObject({ calendarYear: z.literal(true) }).describe('The calendar year of `to`, up to `to`.'),
    z
      .strictObject({ calendarPeriods: z.number().int().min(1).max(120), period: CalendarPeriodName })
      .describe('The calendar month, quarter or year of `to` and the `calendarPeriods` − 1 before it (e.g. 3 calendar years: this year and the two before).'),
    z
      .strictObject({
        months: z.number().int().min(1).max(120),
        from: DateRef.describe('The date the series of periods starts on (a date fact, supplied or derived).'),
      })
      .describe('The period of `months` months that `to` falls in, in the series of such periods starting on `from` (e.g. the month of pregnancy, the month of age); nothing before `from`.'),
    z.strictObject({ ever: z.literal(true) }).describe('Every date up to `to` (e.g. "once per episode" when the list holds the episode).'),
  ])
  .describe('A window of days ending on `to`, both ends included.');

const DerivedCountWithin = z.strictObject({
  fn: z
    .literal('countWithin')
    .describe('How many dates of a dateList fact fall in the window ending on `to` (both ends included).'),
  dates: FactId,
  to: DateRef,
  window: DateWindow,
  label: LocalizedText,
});

const DerivedEarliestUnderLimit = z.strictObject({
  fn: z
    .literal('earliestUnderLimit')
    .describe('A date: the earliest day on or after `to` on which fewer than `limit` dates of the list fall in the window ending that day, so one more is within the limit (`to` itself when it already is). Absent when no such day comes (a window of every date).'),
  dates: FactId,
  to: DateRef,
  window: DateWindow,
  limit: z.number().int().min(1).max(1000),
  label: LocalizedText,
});

const DerivedListDate = z.strictObject({
  fn: z
    .literal('listDate')
    .describe('A date: the earliest or the latest date of the list in the window ending on `to`. Absent (so unknown) when the window holds none: test the count first.'),
  dates: FactId,
  pick: z.enum(['earliest', 'latest']),
  to: DateRef,
  window: DateWindow,
  label: LocalizedText,
});

const periodBoundary = <Fn extends 'periodStart' | 'periodEnd'>(fn: Fn, text: string) =>
  z.strictObject({
    fn: z.literal(fn).describe(text),
    from: DateRef,
    period: CalendarPeriodName,
    add: z.number().int().min(0).max(1200),
    label: LocalizedText,
  });

const DerivedPeriodStart = periodBoundary(
  'periodStart',
  'A date: the first day of the calendar month, quarter or year `add` periods after the one `from` falls in (e.g. the first day of the 6th month after).',
);

const DerivedPeriodEnd = periodBoundary(
  'periodEnd',
  'A date: the last day of the calendar month, quarter or year `add` periods after the one `from` falls in (0: the last day of its own; e.g. the end of the month a report was made in, from which a term of working days is counted).',
);

const DerivedCalendarPeriods = z.strictObject({
  fn: z
    .literal('calendarPeriods')
    .describe('Calendar months, quarters or years from the one `from` falls in to the one `to` falls in: 0 in the same period, whatever the days.'),
  from: DateRef,
  to: DateRef,
  period: CalendarPeriodName,
  label: LocalizedText,
});

const DerivedRemainder = z.strictObject({
  fn: z
    .literal('remainder')
    .describe('The remainder of an integer fact divided by `divisor` (e.g. 1 when a count of paired consultations is odd: a pair is open).'),
  of: FactId,
  divisor: z.number().int().min(2).max(1000),
  label: LocalizedText,
});

const Operand = z.union([
  z.strictObject({ value: DecimalString }),
  z
    .strictObject({
      fact: FactId,
      times: DecimalString.optional().describe('Multiply the fact by this constant first (e.g. "2" for twice a diameter, "0.9" for 90 % of it).'),
    })
    .describe('A decimal or integer fact (supplied, or derived earlier), optionally times a constant.'),
]);

const DerivedDifference = z.strictObject({
  fn: z.literal('difference').describe('left − right, exactly (e.g. the weeks left of a yearly cap); a fact operand may be scaled by a constant (`times`), so a comparison such as "more than twice" or "10 % smaller" stays exact.'),
  left: Operand,
  right: Operand,
  clamp: z
    .strictObject({ min: DecimalString.optional(), max: DecimalString.optional() })
    .optional()
    .describe('Keep the result within these bounds (inclusive).'),
  label: LocalizedText,
});

const DerivedWorkingDays = z.strictObject({
  fn: z
    .literal('workingDays')
    .describe('Working days after `from` up to and including `to` (Monday to Friday, not a public holiday of `calendar`); negative when `to` is earlier. Unknown when the calendar does not cover the years: a count is never guessed.'),
  from: DateRef,
  to: DateRef,
  calendar: z.enum(HOLIDAY_CALENDAR_IDS).describe('The public-holiday calendar: "ro-public-holidays" (Codul muncii art. 139, 2017-2021).'),
  label: LocalizedText,
});

/** A fact computed from other facts by one of the calendar or arithmetic functions. */
export const DerivedFact = z.discriminatedUnion('fn', [
  DerivedBetween,
  DerivedMonthsLater,
  DerivedPeriodDays,
  DerivedPastTerm,
  DerivedCountWithin,
  DerivedEarliestUnderLimit,
  DerivedListDate,
  DerivedPeriodStart,
  DerivedPeriodEnd,
  DerivedCalendarPeriods,
  DerivedRemainder,
  DerivedDifference,
  DerivedWorkingDays,
]);

// ---------------------------------------------------------------------------------------------
// Conditions

/** Operators a leaf may use. Which ones fit which fact type is checked at load. */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
] as const;
export const Operator = z.enum(OPERATORS);

/** A leaf: a fact compared with a value. */
export const FactCondition = z.strictObject({
  fact: FactId,
  operator: Operator,
  value: z
    .union([z.boolean(), z.string().max(200), z.array(z.string().max(200)).min(1).max(500)])
    .describe('A decimal string, a date, an enum value id, a boolean, or a list of enum value ids (in/notIn).'),
});

/** A condition tree in json-rules-engine's shape, plus at-least-N, criterion references and gaps. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { atLeast: number; of: Condition[] }
  | { criterion: string }
  | { sourceGap: string }
  | { given: string }
  | z.infer<typeof FactCondition>;

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1).max(200) }),
    z.strictObject({ any: z.array(Condition).min(1).max(200) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ atLeast: z.number().int().min(1).max(200), of: z.array(Condition).min(1).max(200) }),
    z.strictObject({ criterion: Id }),
    z.strictObject({ sourceGap: Id }),
    z
      .strictObject({ given: FactId })
      .describe('True when the caller gave the fact (a derived fact: when it could be computed), false otherwise; never unknown. For provisions that check a request only when one is made: `appliesWhen: { given: "<the requested quantity>" }`.'),
    FactCondition,
  ]),
);

// ---------------------------------------------------------------------------------------------
// Provenance

const MonitorulOficial = z.strictObject({
  number: z.string().min(1).max(40).describe('Issue number, e.g. "556 bis".'),
  date: IsoDate,
});

/** A legal act the version cites. Missing number/date/MO must be explained by a provenance sourceGap. */
export const LegalAct = z.strictObject({
  title: z.string().min(1).max(2000).describe('The act as it names itself, in Romanian.'),
  short: z.string().min(1).max(200).optional().describe('A short name for citations, e.g. "Ordinul MS/CNAS nr. 1.857/441/2023".'),
  number: z.string().min(1).max(80).optional(),
  date: IsoDate.optional().describe('The date the act was signed.'),
  monitorulOficial: MonitorulOficial.optional(),
  url: z.url().optional(),
});

/** A document the encoding was read from. */
export const Source = z.strictObject({
  kind: z.enum(['seed', 'public']).describe('"seed": a source document shipped to the project; "public": a public page.'),
  title: z.string().min(1).max(2000),
  file: z.string().max(200).optional().describe('For a seed: its file name.'),
  url: z.url().optional().describe('For a public source: where it can be read.'),
  retrieved: IsoDate.optional().describe('When a public source was read.'),
});

export const Citation = z.strictObject({
  act: Id.describe('The id of an act in provenance.acts.'),
  location: z.string().min(1).max(500).describe('Annex, article, point, letter, indent, as the act numbers them.'),
  source: Id.describe('The id of the source in provenance.sources the text was copied from.'),
});

export const Provenance = z.strictObject({
  acts: z.record(Id, LegalAct).describe('The acts this version rests on, by id.'),
  amendedBy: z.array(Id).max(50).describe('The acts (ids) whose amendment produced this version, oldest first.'),
  sources: z.record(Id, Source),
  checkedOn: IsoDate.describe('The date the encoding was last checked against its sources.'),
});

/**
 * Where a gap reaches decisions although no condition names it: a provision the version does not
 * encode (a temporary derogation), or a definition the sources lost that a fact the caller supplies
 * depends on.
 */
export const GapReach = z
  .strictObject({
    from: IsoDate.optional().describe('First day the gap reaches decisions (inclusive); every day of the version when omitted.'),
    until: IsoDate.optional().describe('Last day the gap reaches decisions (inclusive).'),
    ids: z.array(Id).min(1).max(500).describe('The criteria and outputs whose answer the missing provision could change.'),
    statuses: z
      .array(z.enum(['met', 'not_met']))
      .min(1)
      .max(2)
      .default(['met', 'not_met'])
      .describe('The criterion statuses it could change, e.g. only not_met for a derogation that widens eligibility.'),
    whenFactsGiven: z
      .array(FactId)
      .max(50)
      .optional()
      .describe('Only when the caller gives one of these facts (e.g. a count whose definition the sources lost).'),
    effect: z
      .enum(['undetermined', 'flag'])
      .describe('undetermined: such a criterion becomes unknown and such an output undetermined, naming the gap; flag: the answer stands, and the criterion or output names the gap as a caveat.'),
  })
  .describe('The decisions a gap reaches on the days given.');

export const SourceGap = z.strictObject({
  id: Id,
  kind: z
    .enum(['lost_text', 'truncated', 'provenance', 'not_in_sources', 'not_encoded'])
    .describe('lost_text: characters lost in the scrape; truncated: the source ends early; provenance: a legal detail is unknown; not_in_sources: a criterion text is not available; not_encoded: a provision the sources state that this version does not yet encode.'),
  what: z.string().min(1).max(MAX_TEXT).describe('What is missing.'),
  effect: z.string().min(1).max(MAX_TEXT).describe('What the library does about it.'),
  recoveredFrom: Id.optional().describe('The public source (id) the missing text was taken from, if any.'),
  criteria: z.array(Id).max(500).optional(),
  reaches: GapReach.optional(),
});

/**
 * A version whose first day is not established: its validFrom is the earliest day it can be in force,
 * and on the days before `latest` a decision may come from a text not yet in force.
 */
export const UncertainStart = z
  .strictObject({
    latest: IsoDate.optional().describe('The latest day it can have come into force; omitted when not even that is established (then every day of the version is uncertain).'),
    reason: z.string().min(1).max(MAX_TEXT).describe('Why the first day is not established.'),
    gap: Id.describe('The sourceGap (kind provenance) that records what is unknown.'),
  })
  .describe('An entry into force known only within a window: decisions in it are undetermined unless the caller accepts the earliest date.');

export const Interpretation = z.strictObject({
  id: Id,
  question: z.string().min(1).max(MAX_TEXT).describe('What the text leaves open.'),
  reading: z.string().min(1).max(MAX_TEXT).describe('The reading encoded.'),
  reason: z.string().min(1).max(MAX_TEXT).describe('Why this reading.'),
  alternatives: z.array(z.string().min(1).max(MAX_TEXT)).max(20).optional(),
  criteria: z.array(Id).max(500).optional().describe('Criteria or outputs the reading affects.'),
});

// ---------------------------------------------------------------------------------------------
// Criteria and outputs

export const Criterion = z.strictObject({
  id: Id,
  title: LocalizedText,
  law: LocalizedText.describe('ro: the verbatim text of the law; en: an English gloss.'),
  cite: Citation,
  appliesWhen: Condition.optional().describe('When false, the criterion is not applicable and does not count.'),
  when: Condition.describe('The condition that makes the criterion met.'),
});

const OutputValue = z.union([
  z.string().max(MAX_TEXT),
  z.boolean(),
  z.strictObject({ fact: FactId }).describe('The value of a fact or derived fact.'),
  z
    .strictObject({ parameter: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z0-9]+$/, 'a parameter is "<folder>/<id>"') })
    .describe('A dated parameter (e.g. a tariff), as in force on the evaluation date: "<parameters folder>/<parameter id>".'),
]);

export const TableRow = z.strictObject({
  id: Id,
  when: Condition,
  then: z.record(FactId, OutputValue).describe('The output fields this row gives.'),
  reason: LocalizedText.describe('Why this row applies, in words.'),
});

export const DecisionTable = z.strictObject({
  id: FactId,
  title: LocalizedText,
  law: LocalizedText.optional(),
  cite: Citation.optional(),
  onlyWhenMet: z
    .boolean()
    .default(false)
    .describe('When true, the table answers only for an eligible patient: not_applicable when the outcome is not met, undetermined (no value) while it is undetermined. E.g. a duration or consumables.'),
  hitPolicy: z
    .enum(['first', 'unique', 'collect'])
    .describe('first: the first matching row in order; unique: exactly one row may match; collect: every matching row.'),
  codes: z
    .record(FactId, z.record(Id, LocalizedText))
    .optional()
    .describe('Fields whose values are stable codes (a role, a body, a route, a centre, a setting, a status), each code with its Romanian and English label: a row gives the code, the decision gives the code and its label.'),
  rows: z.array(TableRow).min(1).max(500),
});

// ---------------------------------------------------------------------------------------------
// Files

/** Facts that may not be given together: the input is refused when `forbid` is true. */
export const FactConstraint = z.strictObject({
  id: Id,
  forbid: Condition.describe('Fact comparisons only; when this is true for the facts given, they are refused.'),
  message: LocalizedText.describe('Why such facts are refused, for the caller.'),
});

/** The kinds of finding the static analysis (`cnas-rules analyze`) reports. */
export const FINDING_KINDS = [
  'masked_row',
  'overlapping_rows',
  'row_never_applies',
  'criterion_never_met',
  'comparison_out_of_range',
  'table_gap',
  'criterion_never_fails',
  'criterion_unread',
  'fact_unread',
  'inconclusive',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A finding of the static analysis that the law itself causes, accepted with its reason. */
export const AcknowledgedFinding = z.strictObject({
  finding: z.enum(FINDING_KINDS),
  target: z.string().min(1).max(200).describe('What the finding is about, as `analyze` names it: a criterion id, `table/row`, a table id or a fact id.'),
  reason: z.string().min(1).max(MAX_TEXT).describe('Why the law makes it so (e.g. the text lists a case that another already covers).'),
});

/**
 * A mutant (`cnas-rules mutate`) that no patient can tell from the version although the exact search
 * cannot prove it (it takes each derived fact by its own value), accepted with the reason.
 */
export const EquivalentMutant = z.strictObject({
  path: z.string().min(1).max(500).describe('The JSON path of the changed node, as `mutate` prints it, e.g. `/criteria/2/when/any/0`.'),
  mutant: z.string().min(1).max(500).describe('The change, as `mutate` names it, e.g. `drop part 1 of all`.'),
  reason: z.string().min(1).max(MAX_TEXT).describe('Why no patient can tell the mutant from the version (e.g. a relation between two derived facts).'),
});

export const RuleVersionFile = z.strictObject({
  $schema: z.string().max(500).optional(),
  ruleSet: RuleSetId.describe('The rule set id; must equal the folder name.'),
  validFrom: IsoDate.describe('First day in force; must equal the file name.'),
  validUntil: IsoDate.optional().describe('Last day in force (inclusive), when the act sets an end. Otherwise the version ends the day before the next one starts.'),
  uncertainStart: UncertainStart.optional(),
  title: LocalizedText,
  provenance: Provenance,
  sourceGaps: z.array(SourceGap).max(200).default([]),
  interpretations: z.array(Interpretation).max(200).default([]),
  facts: z.record(FactId, FactDeclaration).describe('The facts a caller may supply, by id.'),
  derived: z.record(FactId, DerivedFact).default({}).describe('Facts computed from other facts, by id.'),
  constraints: z.array(FactConstraint).max(200).default([]).describe('Combinations of facts that are refused as contradictory.'),
  criteria: z.array(Criterion).min(1).max(500),
  outcome: Condition.optional().describe('How criteria combine into the outcome; by default every criterion must be met.'),
  outputs: z.array(DecisionTable).max(100).default([]),
  acknowledged: z
    .array(AcknowledgedFinding)
    .max(500)
    .optional()
    .describe('Findings of the static analysis that the law causes: shown as notes, not errors or warnings.'),
  equivalentMutants: z
    .array(EquivalentMutant)
    .max(500)
    .optional()
    .describe('Mutants no patient can tell from the version that `mutate` cannot prove equivalent: counted as equivalent, with the reason.'),
});

export const RuleSetFile = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: RuleSetId,
  title: LocalizedText,
  summary: LocalizedText,
  program: LocalizedText.optional().describe('The program or chapter of the law the set belongs to.'),
  kind: z
    .enum(['criteria', 'tariff-table', 'parameters'])
    .optional()
    .describe(
      'What the folder holds: "criteria" (the default) is a rule set of criteria; "tariff-table" a table of points and ' +
        'amounts; "parameters" dated values such as tariffs and point values. Each kind has its own version format.',
    ),
});

const CriterionStatus = z.enum(['met', 'not_met', 'unknown', 'not_applicable']);

export const TestCase = z.strictObject({
  id: Id,
  name: z.string().min(1).max(2000).describe('A sentence: the situation and the expected result.'),
  asOf: z.string().max(40),
  acceptEarliestStart: z
    .boolean()
    .optional()
    .describe('Evaluate with the option of the same name: a version whose first day is uncertain is taken as in force from its earliest day.'),
  facts: z.record(z.string(), z.unknown()),
  expect: z.union([
    z.strictObject({
      outcome: z.enum(['met', 'not_met', 'undetermined']),
      criteria: z.record(Id, CriterionStatus).optional(),
      missingFacts: z.array(FactId).optional().describe('Exactly the facts still missing, in any order.'),
      unresolvedGaps: z.array(Id).optional().describe('Exactly the source gaps that keep the outcome undetermined, in any order.'),
      caveats: z.array(Id).optional().describe('Exactly the source gaps the decision stands despite (caveats), in any order.'),
      outputs: z.record(FactId, z.union([z.record(FactId, z.union([z.string(), z.boolean()])), z.null()])).optional(),
      outputRows: z
        .record(FactId, z.array(Id))
        .optional()
        .describe('Exactly the rows of each named output that apply, in table order (for collect tables such as discontinuation grounds).'),
      outputPending: z
        .record(FactId, z.array(Id))
        .optional()
        .describe('Exactly the rows of each named collect output that may still apply (pending), in table order.'),
    }),
    z.strictObject({
      error: z.strictObject({ code: z.string(), path: z.array(z.union([z.string(), z.number()])).optional() }),
    }),
  ]),
});

export const CasesFile = z.strictObject({
  $schema: z.string().max(500).optional(),
  ruleSet: RuleSetId,
  version: IsoDate.describe('The validFrom of the version these cases test.'),
  acceptEarliestStart: z
    .boolean()
    .optional()
    .describe('The default of the cases\' acceptEarliestStart: for a version whose first day is uncertain, the cases that test its text as if in force.'),
  cases: z.array(TestCase).min(1).max(5000),
});

export type RuleVersionFile = z.infer<typeof RuleVersionFile>;
export type RuleSetFile = z.infer<typeof RuleSetFile>;
export type CasesFile = z.infer<typeof CasesFile>;
export type TestCase = z.infer<typeof TestCase>;
export type FactDeclaration = z.infer<typeof FactDeclaration>;
export type DerivedFact = z.infer<typeof DerivedFact>;
export type DateWindow = z.infer<typeof DateWindow>;
export type Criterion = z.infer<typeof Criterion>;
export type DecisionTable = z.infer<typeof DecisionTable>;
export type FactCondition = z.infer<typeof FactCondition>;
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Provenance = z.infer<typeof Provenance>;
export type SourceGapReach = z.infer<typeof GapReach>;
export type UncertainStart = z.infer<typeof UncertainStart>;
