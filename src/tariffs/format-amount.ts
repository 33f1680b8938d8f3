import type { Lang } from '../explain/format-text.js';
import type { CitationInfo } from '../evaluate/decision.js';
import type { TariffAmount } from './tariffs.js';

const WORDS = {
  en: {
    amount: 'Amount',
    asOf: 'as of',
    row: 'Row',
    lost: 'label lost',
    points: 'Points',
    limit: 'Frequency limit',
    column: 'Column',
    printed: 'printed formula',
    formula: 'Computed',
    overridden: 'point value given by the caller',
    fromHeader: 'NOT A PRINTED VALUE',
    parameters: 'Parameters',
    anomalies: 'Recorded anomalies',
    readings: 'Readings',
    version: 'Table version',
  },
  ro: {
    amount: 'Sumă',
    asOf: 'la data de',
    row: 'Rând',
    lost: 'denumire pierdută',
    points: 'Puncte',
    limit: 'Limită de frecvență',
    column: 'Coloană',
    printed: 'formula tipărită',
    formula: 'Calcul',
    overridden: 'valoarea punctului dată de apelant',
    fromHeader: 'NU ESTE O VALOARE TIPĂRITĂ',
    parameters: 'Parametri',
    anomalies: 'Anomalii consemnate',
    readings: 'Interpretări',
    version: 'Versiunea tabelului',
  },
} as const;

function cite(citation: CitationInfo): string {
  return `${citation.act}, ${citation.location}`;
}

/** An amount as text: the value, how it was computed, and where each input comes from. */
export function formatAmount(result: TariffAmount, lang: Lang): string {
  const w = WORDS[lang];
  const { row, column } = result;
  const lines = [
    `${w.amount}: ${result.table} / ${row.id} / ${column.id} (${column.doctorCategory.label[lang]}) ${w.asOf} ${result.asOf}: ${result.amount} ${result.unit}`,
    `  ${w.formula}: ${result.formula}`,
    `${w.row}: ${row.label ? row.label[lang] : `(${w.lost}: ${row.labelLost})`}`,
  ];
  if (row.headings.length > 0) lines.push(`  ${row.headings.join(' / ')}`);
  lines.push(`  ${w.points}: ${row.points}${row.pointsText ? ` («${row.pointsText}»)` : ''}`);
  if (row.frequencyLimit) lines.push(`  ${w.limit}: ${row.frequencyLimit}`);
  lines.push(`${w.column}: ${column.header}${column.printedFormula ? ` (${w.printed}: «${column.printedFormula}»)` : ''}`);
  if (result.computedFromHeader) lines.push(`  ${w.fromHeader}: ${result.computedFromHeader.note[lang]}`);
  lines.push(`${w.parameters}:`);
  for (const input of result.inputs.filter((i) => i.kind === 'parameter')) {
    const used = result.parameters.find((p) => p.id === input.parameter);
    const source = used ? `${used.unit}, ${cite(used.citation)}` : w.overridden;
    lines.push(`  ${input.parameter} = ${input.value} (${source})`);
  }
  if (result.anomalies.length > 0) {
    lines.push(`${w.anomalies}:`);
    for (const anomaly of result.anomalies) lines.push(`  ${anomaly.id} (${anomaly.kind}): ${anomaly.effect}`);
  }
  if (result.readings.length > 0) {
    lines.push(`${w.readings}:`);
    for (const reading of result.readings) lines.push(`  ${reading.id}: ${reading.reading}`);
  }
  lines.push(`${w.version}: ${result.version.validFrom}..${result.version.validUntil ?? ''}`);
  return `${lines.join('\n')}\n`;
}
