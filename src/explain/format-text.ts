import { OPERATOR_SYMBOLS } from './operator-symbols.js';
import { localizeUnit } from './units.js';
import type { ConditionTrace, CriterionResult, Decision, OutputResult, TestResult } from '../evaluate/decision.js';

/** The language of an explanation. */
export type Lang = 'ro' | 'en';

const WORDS = {
  en: {
    outcome: { met: 'MET', not_met: 'NOT MET', undetermined: 'UNDETERMINED' },
    status: { met: 'met', not_met: 'not met', unknown: 'unknown', not_applicable: 'not applicable' },
    decision: 'Decision',
    asOf: 'as of',
    version: 'Version applied',
    inForce: 'in force',
    until: 'until',
    openEnded: 'no end known',
    checked: 'encoding checked on',
    criteria: 'Criteria',
    metList: 'Criteria met',
    law: 'Law',
    missing: 'Facts still missing to decide',
    neededBy: 'needed by',
    gaps: 'Source text not available',
    caveats: 'Decided despite these gaps',
    uncertainStart: (earliest: string, latest: string | null, outcome: string, accepted: boolean) =>
      `First day uncertain: in force from ${earliest} at the earliest${latest ? `, ${latest} at the latest` : ', latest day not established'}; ${accepted ? `taken as in force from ${earliest} at the caller's request` : `if in force, the text decides: ${outcome}`}`,
    outputs: 'Outputs',
    undetermined: 'undetermined: missing',
    undeterminedByGap: 'undetermined: source text not available or not encoded',
    ifMet: 'if the outcome is met',
    noMatch: 'no row applies',
    pending: 'may still apply, missing',
    notApplicableOutput: 'does not apply: the outcome is not met',
    observedUnknown: 'unknown',
    interpretations: 'Readings chosen where the text is unclear',
    citation: 'Source',
    all: 'all of:',
    any: 'any of:',
    not: 'not:',
    atLeast: (n: number) => `at least ${n} of:`,
    criterion: 'criterion',
    gap: 'criterion text not available in the encoded sources',
    yes: 'yes',
    no: 'no',
    required: 'required',
    applicabilityUnknown: 'whether it applies is not known yet:',
    given: 'given',
  },
  ro: {
    outcome: { met: 'ÎNDEPLINIT', not_met: 'NEÎNDEPLINIT', undetermined: 'NEDETERMINAT' },
    status: { met: 'îndeplinit', not_met: 'neîndeplinit', unknown: 'necunoscut', not_applicable: 'nu se aplică' },
    decision: 'Decizie',
    asOf: 'la data de',
    version: 'Versiunea aplicată',
    inForce: 'în vigoare de la',
    until: 'până la',
    openEnded: 'fără dată de încetare cunoscută',
    checked: 'codificare verificată la',
    criteria: 'Criterii',
    metList: 'Criterii îndeplinite',
    law: 'Textul legii',
    missing: 'Fapte care lipsesc pentru a decide',
    neededBy: 'necesare pentru',
    gaps: 'Text sursă indisponibil',
    caveats: 'Decis în ciuda acestor lipsuri',
    uncertainStart: (earliest: string, latest: string | null, outcome: string, accepted: boolean) =>
      `Data intrării în vigoare incertă: cel mai devreme ${earliest}${latest ? `, cel mai târziu ${latest}` : ', data cea mai târzie nestabilită'}; ${accepted ? `considerată în vigoare de la ${earliest} la cererea apelantului` : `dacă este în vigoare, textul decide: ${outcome}`}`,
    outputs: 'Rezultate',
    undetermined: 'nedeterminat: lipsesc',
    undeterminedByGap: 'nedeterminat: text sursă indisponibil sau necodificat',
    ifMet: 'dacă rezultatul este îndeplinit',
    noMatch: 'niciun rând nu se aplică',
    pending: 'se poate aplica încă, lipsesc',
    notApplicableOutput: 'nu se aplică: rezultatul este neîndeplinit',
    observedUnknown: 'necunoscut',
    interpretations: 'Interpretări alese unde textul este neclar',
    citation: 'Sursa',
    all: 'toate dintre:',
    any: 'oricare dintre:',
    not: 'nu:',
    atLeast: (n: number) => `cel puțin ${n} dintre:`,
    criterion: 'criteriul',
    gap: 'textul criteriului nu este disponibil în sursele codificate',
    yes: 'da',
    no: 'nu',
    required: 'necesar',
    applicabilityUnknown: 'nu se știe încă dacă se aplică:',
    given: 'dat',
  },
} as const;


const MARK = { met: '[x]', not_met: '[ ]', unknown: '[?]', not_applicable: '[-]' } as const;

function formatValue(value: string | boolean | readonly string[] | null, lang: Lang): string {
  const w = WORDS[lang];
  if (value === null) return w.observedUnknown;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (Array.isArray(value)) return `{${value.join(', ')}}`;
  return String(value);
}

function formatTest(test: TestResult, lang: Lang, indent: string): string {
  const w = WORDS[lang];
  const observed = formatValue(test.observed, lang);
  // A yes/no question reads as its answer and the answer the law requires, not as "false = true".
  if (typeof test.threshold === 'boolean' && (test.operator === 'equal' || test.operator === 'notEqual')) {
    const required = test.operator === 'equal' ? test.threshold : !test.threshold;
    return `${indent}${MARK[test.status]} ${test.label[lang]}: ${observed} (${w.required}: ${formatValue(required, lang)})`;
  }
  const unit = test.unit ? ` ${localizeUnit(test.unit, lang)}` : '';
  const threshold = formatValue(test.threshold, lang);
  return `${indent}${MARK[test.status]} ${test.label[lang]}: ${observed}${test.observed === null ? '' : unit} ${OPERATOR_SYMBOLS[test.operator] ?? test.operator} ${threshold}${unit}`;
}

function formatTrace(trace: ConditionTrace, lang: Lang, depth: number): string[] {
  const w = WORDS[lang];
  const indent = `      ${'  '.repeat(depth)}`;
  switch (trace.kind) {
    case 'test':
      return [formatTest(trace.test, lang, indent)];
    case 'criterion':
      return [`${indent}${MARK[trace.status]} ${w.criterion} ${trace.criterion}`];
    case 'sourceGap':
      return [`${indent}${MARK.unknown} ${w.gap} (${trace.gap})`];
    case 'given':
      return [`${indent}${MARK[trace.status]} ${w.given}: ${trace.label[lang]}`];
    default: {
      const title = trace.kind === 'atLeast' ? w.atLeast(trace.atLeast) : w[trace.kind];
      return [`${indent}${MARK[trace.status]} ${title}`, ...trace.parts.flatMap((part) => formatTrace(part, lang, depth + 1))];
    }
  }
}

function formatCriterion(criterion: CriterionResult, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines = [`  ${MARK[criterion.status]} ${criterion.id}: ${criterion.title[lang]} (${w.status[criterion.status]})`];
  lines.push(`      ${w.law}: „${criterion.law.ro}”`);
  if (lang === 'en') lines.push(`      (${criterion.law.en})`);
  lines.push(`      ${w.citation}: ${criterion.citation.act}, ${criterion.citation.location}`);
  if (criterion.applicability === 'unknown') {
    lines.push(`      ${MARK.unknown} ${w.applicabilityUnknown}`);
    if (criterion.applicabilityExplanation) lines.push(...formatTrace(criterion.applicabilityExplanation, lang, 1));
  }
  if (criterion.status !== 'not_applicable') lines.push(...formatTrace(criterion.explanation, lang, 0));
  return lines;
}

function formatOutput(output: OutputResult, lang: Lang): string[] {
  const w = WORDS[lang];
  if (output.status === 'undetermined') {
    // An output left open by a gap (not by a missing fact) names the gap instead of an empty list.
    const gaps = output.unresolvedGaps ?? [];
    const reasons = [
      ...(output.missingFacts.length > 0 || gaps.length === 0 ? [`${w.undetermined} ${output.missingFacts.join(', ')}`] : []),
      ...(gaps.length > 0 ? [`${w.undeterminedByGap} (${gaps.join(', ')})`] : []),
    ];
    const line = `  ${output.title[lang]}: ${reasons.join('; ')}`;
    const ifMet = output.ifMet?.rows.map((row) => `      ${w.ifMet}: ${Object.entries(row.value).map(([k, v]) => `${k} = ${formatValue(v, lang)}`).join(', ')}`) ?? [];
    return [line, ...ifMet];
  }
  if (output.status === 'no_match') return [`  ${output.title[lang]}: ${w.noMatch}`];
  if (output.status === 'not_applicable') return [`  ${output.title[lang]}: ${w.notApplicableOutput}`];
  return [
    ...output.rows.flatMap((row) => [
      // A code reads as its label, the code kept beside it for whoever matches on it.
      `  ${output.title[lang]}: ${Object.entries(row.value).map(([k, v]) => `${k} = ${row.labels?.[k] ? `${row.labels[k][lang]} (${formatValue(v, lang)})` : formatValue(v, lang)}`).join(', ')}`,
      `      ${row.reason[lang]}`,
    ]),
    ...output.pending.map((row) => `  ${output.title[lang]}: ${row.id} ${w.pending} ${row.missingFacts.join(', ')}`),
  ];
}

/** The status of the criteria that make an outcome what it is. */
const DECIDING_STATUS = { met: 'met', not_met: 'not_met', undetermined: 'unknown' } as const;

/** Options for {@link formatDecision}. */
export interface FormatOptions {
  /**
   * Print only the criteria that decide the outcome: those met when it is met, those not met when it
   * is not met, those still unknown when it is undetermined (for sets with many alternatives, such as
   * indications). The list of criteria met is printed in any case.
   */
  readonly brief?: boolean;
}

/** A decision as text a person reads: outcome, criteria with the law, missing facts, outputs, provenance. */
export function formatDecision(decision: Decision, lang: Lang = 'en', options: FormatOptions = {}): string {
  const w = WORDS[lang];
  const { version } = decision;
  const lines = [
    `${w.decision}: ${decision.ruleSet} ${w.asOf} ${decision.asOf}: ${w.outcome[decision.outcome]}`,
    `${version.title[lang]}`,
    `${w.version}: ${w.inForce} ${version.validFrom} ${version.validUntil ? `${w.until} ${version.validUntil}` : `(${w.openEnded})`}; ${w.checked} ${version.checkedOn}`,
    ...version.acts.map((act) => `  - ${act.citation}`),
    '',
    // With many alternative criteria (indications, categories) the ones met are the answer: list them first.
    `${w.metList}: ${Object.values<CriterionResult>(decision.criteria).filter((c) => c.status === 'met').map((c) => c.id).join(', ') || '-'}`,
    '',
    `${w.criteria}:`,
    ...Object.values<CriterionResult>(decision.criteria)
      .filter((c) => !options.brief || c.status === DECIDING_STATUS[decision.outcome])
      .flatMap((c) => formatCriterion(c, lang)),
  ];
  if (decision.missingFacts.length > 0) {
    lines.push('', `${w.missing}:`);
    for (const missing of decision.missingFacts) lines.push(`  - ${missing.fact}: ${missing.label[lang]} (${w.neededBy} ${missing.neededBy.join(', ')})`);
  }
  if (decision.uncertainStart) {
    const start = decision.uncertainStart;
    lines.push('', w.uncertainStart(start.earliest, start.latest, w.outcome[start.outcomeIfInForce], start.acceptedEarliest));
  }
  if (decision.unresolvedGaps.length > 0) {
    lines.push('', `${w.gaps}:`);
    for (const gap of decision.unresolvedGaps) lines.push(`  - ${gap.id}: ${gap.what}`, `      ${gap.effect}`);
  }
  if (decision.caveats && decision.caveats.length > 0) {
    lines.push('', `${w.caveats}:`);
    for (const gap of decision.caveats) lines.push(`  - ${gap.id}: ${gap.what}`, `      ${gap.effect}`);
  }
  const outputs = Object.values<OutputResult>(decision.outputs);
  if (outputs.length > 0) lines.push('', `${w.outputs}:`, ...outputs.flatMap((o) => formatOutput(o, lang)));
  return `${lines.join('\n')}\n`;
}
