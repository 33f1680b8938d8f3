import type { Lang } from '../explain/format-text.js';
import type { FolderSums, ParameterValue } from './tariffs.js';

/** A parameter as text: value, unit, label, the verbatim law and where it stands. */
export function formatParameter(p: ParameterValue, lang: Lang): string {
  const ro = lang === 'ro';
  return [
    `${p.id} = ${p.value} ${p.unit}`,
    `  ${p.label[lang]}`,
    `  ${ro ? 'Textul' : 'Text'}: ${p.law.ro}`,
    `  ${ro ? 'Sursa' : 'Source'}: ${p.citation.act}, ${p.citation.location}`,
    `  ${ro ? 'Versiunea' : 'Version'}: ${p.version.validFrom}${p.version.validUntil ? ` .. ${p.version.validUntil}` : ''}`,
    '',
  ].join('\n');
}

/** Every sum check of a folder as text, one line each, then the anomalies the version records. */
export function formatSums(result: FolderSums, lang: Lang): string {
  const ro = lang === 'ro';
  const lines = [`${result.folder}, ${ro ? 'versiunea în vigoare de la' : 'version in force from'} ${result.version.validFrom} (${ro ? 'la' : 'on'} ${result.asOf}):`];
  for (const check of result.checks) {
    const verdict = check.addsUp ? 'ok' : `${ro ? 'NU SE ADUNĂ' : 'DOES NOT ADD UP'}, ${ro ? 'diferență' : 'difference'} ${check.difference}${check.anomaly ? ` (${ro ? 'anomalia' : 'anomaly'} ${check.anomaly})` : ''}`;
    lines.push(`  ${verdict.padEnd(2)}  ${check.label[lang]}: ${check.total.value} = Σ ${check.parts.length} → ${check.computed}`);
  }
  const failing = result.checks.filter((c) => !c.addsUp).length;
  lines.push(ro ? `${result.checks.length} sume, ${failing} care nu se adună.` : `${result.checks.length} sums, ${failing} not adding up.`);
  for (const a of result.anomalies) lines.push(`  ${a.id} (${a.kind}): ${a.explanation}`);
  return `${lines.join('\n')}\n`;
}
