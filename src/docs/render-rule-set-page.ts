import { formatActInFull } from '../evaluate/describe-version.js';
import { OPERATOR_SYMBOLS } from '../explain/operator-symbols.js';
import type { LoadedRuleSet, LoadedVersion } from '../ruleset/catalog.js';
import type { Condition, DateWindow, RuleVersionFile } from '../ruleset/schema.js';


const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A condition as nested Markdown bullets, in words a reader can check against the law. */
export function describeCondition(condition: Condition, version: RuleVersionFile, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const nested = (title: string, parts: Condition[]) => [`${pad}- ${title}`, ...parts.flatMap((c) => describeCondition(c, version, depth + 1))];
  if ('all' in condition) return nested('all of:', condition.all);
  if ('any' in condition) return nested('any of:', condition.any);
  if ('not' in condition) return nested('not:', [condition.not]);
  if ('atLeast' in condition) return nested(`at least ${condition.atLeast} of:`, condition.of);
  if ('criterion' in condition) return [`${pad}- criterion \`${condition.criterion}\` is met`];
  if ('given' in condition) return [`${pad}- \`${condition.given}\` is given`];
  if ('sourceGap' in condition) return [`${pad}- **unknown: source text not available** (gap \`${condition.sourceGap}\`)`];
  const declared = version.facts[condition.fact];
  const label = declared?.label.en ?? version.derived[condition.fact]?.label.en ?? condition.fact;
  const unit = declared && (declared.type === 'decimal' || declared.type === 'integer') && declared.unit ? ` ${declared.unit}` : '';
  const value = Array.isArray(condition.value) ? condition.value.map((v) => `\`${v}\``).join(', ') : `\`${String(condition.value)}\`${unit}`;
  return [`${pad}- \`${condition.fact}\` (${label}) ${OPERATOR_SYMBOLS[condition.operator]} ${value}`];
}

function describeFacts(version: RuleVersionFile): string[] {
  const rows = Object.entries(version.facts).map(([id, fact]) => {
    const kind =
      fact.type === 'enum'
        ? `one of ${fact.values.map((v) => `\`${v.id}\``).join(', ')}`
        : fact.type === 'decimal' || fact.type === 'integer'
          ? `${fact.type}${fact.unit ? ` (${fact.unit})` : ''}${fact.min !== undefined ? `, ≥ ${fact.min}` : ''}${fact.max !== undefined ? `, ≤ ${fact.max}` : ''}`
          : fact.type;
    return `| \`${id}\` | ${cell(kind)} | ${cell(fact.label.ro)} | ${cell(fact.label.en)} |`;
  });
  const derived = Object.entries(version.derived).map(([id, d]) => {
    const operand = (o: { value: string } | { fact: string; times?: string }) =>
      'fact' in o ? (o.times === undefined ? o.fact : `${o.times} × ${o.fact}`) : o.value;
    const args =
      d.fn === 'difference'
        ? `${operand(d.left)} − ${operand(d.right)}${d.clamp ? `, kept within ${d.clamp.min ?? '−∞'}–${d.clamp.max ?? '∞'}` : ''}`
        : d.fn === 'countWithin'
          ? `${d.dates} within ${describeWindow(d.window)} of ${d.to}`
        : d.fn === 'earliestUnderLimit'
          ? `first day from ${d.to} with fewer than ${d.limit} of ${d.dates} within ${describeWindow(d.window)}`
        : d.fn === 'listDate'
          ? `${d.pick} of ${d.dates} within ${describeWindow(d.window)} of ${d.to}`
        : d.fn === 'periodStart'
          ? `first day of the ${d.period} ${d.add} after that of ${d.from}`
        : d.fn === 'periodEnd'
          ? `last day of the ${d.period} ${d.add} after that of ${d.from}`
        : d.fn === 'calendarPeriods'
          ? `${d.period}s from ${d.from} to ${d.to}`
        : d.fn === 'remainder'
          ? `${d.of} mod ${d.divisor}`
        : d.fn === 'daysPastTerm'
          ? `${d.from} + ${d.months} months → ${d.to}`
        : d.fn === 'periodDays'
          ? `${d.from}, ${d.months} months counted from that day, at least 30 days a month`
        : d.fn === 'daysUntilMonthsLater'
          ? `${d.from}, ${d.months} months${d.clamp ? `, kept within ${d.clamp.min}–${d.clamp.max}` : ''}`
          : `${d.from} → ${d.to}`;
    return `| \`${id}\` | derived: ${d.fn}(${args}) | ${cell(d.label.ro)} | ${cell(d.label.en)} |`;
  });
  return ['| Fact | Type | Romanian label | English label |', '| --- | --- | --- | --- |', ...rows, ...derived];
}

function describeVersion(loaded: LoadedVersion): string[] {
  const v = loaded.data;
  const lines = [
    `## Version in force from ${v.validFrom}${loaded.lastDay ? ` to ${loaded.lastDay}` : ''}`,
    '',
    `File: \`${v.validFrom}.json\`; cases: ${loaded.cases ? `\`${v.validFrom}.cases.json\` (${loaded.cases.data.cases.length})` : 'none'}; encoding checked on ${v.provenance.checkedOn}.`,
    '',
    ...(v.uncertainStart
      ? [
          `**First day uncertain:** in force from ${v.validFrom} at the earliest, ${v.uncertainStart.latest ? `${v.uncertainStart.latest} at the latest` : 'no latest day established'} (gap \`${v.uncertainStart.gap}\`). ${v.uncertainStart.reason} Decisions in that window are undetermined unless the caller accepts the earliest date (\`acceptEarliestStart\`).`,
          '',
        ]
      : []),
    '### Legal provenance',
    '',
    ...Object.entries(v.provenance.acts).map(([id, act]) => `- \`${id}\`: ${formatActInFull(act)}${act.url ? ` (<${act.url}>)` : ''}`),
    `- Amended by: ${v.provenance.amendedBy.map((id) => `\`${id}\``).join(', ') || 'none'}`,
    ...Object.entries(v.provenance.sources).map(([id, s]) => `- Source \`${id}\` (${s.kind}): ${s.title}${s.file ? `, file \`${s.file}\`` : ''}${s.url ? `, <${s.url}>` : ''}${s.retrieved ? `, read ${s.retrieved}` : ''}`),
    '',
  ];
  if (v.sourceGaps.length > 0) {
    lines.push('### Text and facts missing from the sources', '');
    for (const gap of v.sourceGaps) {
      lines.push(`- **\`${gap.id}\`** (${gap.kind}): ${gap.what}`, `  - What the library does: ${gap.effect}`);
      if (gap.recoveredFrom) lines.push(`  - Recovered from source \`${gap.recoveredFrom}\`.`);
      if (gap.reaches) {
        const { from, until, ids, effect } = gap.reaches;
        const days = from || until ? ` from ${from ?? v.validFrom} to ${until ?? 'the end of the version'}` : '';
        lines.push(`  - Reaches${days}: ${ids.map((id) => `\`${id}\``).join(', ')} (${effect === 'flag' ? 'named as a caveat' : 'undetermined, naming the gap'}).`);
      }
    }
    lines.push('');
  }
  if (v.interpretations.length > 0) {
    lines.push('### Readings chosen where the text is unclear', '');
    for (const i of v.interpretations) {
      lines.push(`- **\`${i.id}\`**: ${i.question}`, `  - Reading: ${i.reading}`, `  - Why: ${i.reason}`);
      for (const alt of i.alternatives ?? []) lines.push(`  - Not chosen: ${alt}`);
    }
    lines.push('');
  }
  lines.push('### Facts', '', ...describeFacts(v), '', '### Criteria', '');
  for (const c of v.criteria) {
    lines.push(`#### \`${c.id}\`: ${c.title.en}`, '', `> ${c.law.ro}`, '', `*${c.law.en}*`, '', `Citation: ${c.cite.location} (act \`${c.cite.act}\`, source \`${c.cite.source}\`).`, '');
    if (c.appliesWhen) lines.push('Applies when:', '', ...describeCondition(c.appliesWhen, v), '');
    lines.push('Met when:', '', ...describeCondition(c.when, v), '');
  }
  if (v.constraints.length > 0) {
    lines.push('### Facts refused as contradictory', '');
    for (const c of v.constraints) lines.push(`- \`${c.id}\`: ${c.message.en}`, ...describeCondition(c.forbid, v, 1));
    lines.push('');
  }
  lines.push(v.outcome ? 'Outcome: met when' : 'Outcome: met when every applicable criterion is met.', '');
  if (v.outcome) lines.push(...describeCondition(v.outcome, v), '');
  if (v.outputs.length > 0) lines.push('### Outputs', '');
  for (const table of v.outputs) {
    lines.push(`#### \`${table.id}\`: ${table.title.en} (hit policy: ${table.hitPolicy}${table.onlyWhenMet ? '; only when the outcome is met' : ''})`, '');
    if (table.law) lines.push(`> ${table.law.ro}`, '', `*${table.law.en}*`, '');
    for (const row of table.rows) {
      const then = Object.entries(row.then).map(([k, val]) => `${k} = ${typeof val !== 'object' ? `\`${String(val)}\`` : 'fact' in val ? `fact \`${val.fact}\`` : `parameter \`${val.parameter}\` in force on the evaluation date`}`).join(', ');
      lines.push(`- Row \`${row.id}\`: ${then}. ${row.reason.en}`, ...describeCondition(row.when, v, 1));
    }
    for (const [field, codes] of Object.entries(table.codes ?? {})) {
      lines.push('', `Codes of \`${field}\`:`, '', ...Object.entries(codes).map(([code, label]) => `- \`${code}\`: ${label.en} (${label.ro})`));
    }
    lines.push('');
  }
  return lines;
}

/** The human-readable page of a rule set: every version, its provenance, gaps, readings, facts, criteria and outputs. */
export function renderRuleSetPage(set: LoadedRuleSet): string {
  const lines = [
    `<!-- Generated from rules/${set.id}/ by \`npm run generate\`. Do not edit by hand. -->`,
    `# ${set.meta.title.en}`,
    '',
    `*${set.meta.title.ro}*`,
    '',
    set.meta.summary.en,
    '',
    `Rule set id: \`${set.id}\`.${set.meta.program ? ` Part of: ${set.meta.program.en}.` : ''}`,
    '',
    '| Version | In force from | Until |',
    '| --- | --- | --- |',
    ...set.versions.map((v) => `| \`${v.data.validFrom}.json\` | ${v.data.validFrom} | ${v.lastDay ?? '(no end known)'} |`),
    '',
    ...set.versions.toReversed().flatMap(describeVersion),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function describeWindow(window: DateWindow): string {
  if ('lastDays' in window) return `the last ${window.lastDays} days`;
  if ('lastMonths' in window) return `the last ${window.lastMonths} months`;
  if ('calendarYear' in window) return 'the calendar year';
  if ('calendarPeriods' in window) return window.calendarPeriods === 1 ? `the calendar ${window.period}` : `${window.calendarPeriods} calendar ${window.period}s`;
  if ('from' in window) return `the period of ${window.months} month(s) from ${window.from}`;
  return 'every date';
}
