import type { LoadedVersion } from '../ruleset/catalog.js';
import type { RuleVersionFile } from '../ruleset/schema.js';
import type { CitationInfo, VersionInfo } from './decision.js';

type Act = RuleVersionFile['provenance']['acts'][string];

/** An act the way a citation names it: title (or short name), number and date, Monitorul Oficial. */
export function formatAct(act: Act): string {
  if (act.short) return act.short;
  const parts = [act.title];
  if (act.number && !act.title.includes(act.number)) parts.push(`nr. ${act.number}${act.date ? ` din ${act.date}` : ''}`);
  if (act.monitorulOficial) parts.push(`M.Of. nr. ${act.monitorulOficial.number} din ${act.monitorulOficial.date}`);
  return parts.join(', ');
}

/** An act in full: its title, number and date, and Monitorul Oficial where known. */
export function formatActInFull(act: Act): string {
  return formatAct({ ...act, short: undefined });
}

/** Resolves a citation's act and source ids into readable text. */
export function describeCitation(
  version: Pick<RuleVersionFile, 'provenance'>,
  cite: { act: string; location: string; source: string },
): CitationInfo {
  const act = version.provenance.acts[cite.act]!;
  const source = version.provenance.sources[cite.source]!;
  const url = source.url ?? act.url;
  const sourceText = source.file ? `${source.title} (${source.file})` : source.title;
  return url
    ? { act: formatAct(act), location: cite.location, source: sourceText, url }
    : { act: formatAct(act), location: cite.location, source: sourceText };
}

/** The provenance of the version applied, for the decision. */
export function describeVersion(loaded: {
  readonly data: Pick<RuleVersionFile, 'validFrom' | 'title' | 'provenance' | 'sourceGaps' | 'interpretations'>;
  readonly lastDay: LoadedVersion['lastDay'];
}): VersionInfo {
  const { data } = loaded;
  return {
    validFrom: data.validFrom,
    validUntil: loaded.lastDay ?? null,
    title: data.title,
    acts: Object.entries(data.provenance.acts).map(([id, act]) =>
      act.url ? { id, citation: formatActInFull(act), url: act.url } : { id, citation: formatActInFull(act) },
    ),
    amendedBy: data.provenance.amendedBy,
    checkedOn: data.provenance.checkedOn,
    sourceGaps: data.sourceGaps.map(({ id, kind, what, effect, recoveredFrom }) =>
      recoveredFrom ? { id, kind, what, effect, recoveredFrom } : { id, kind, what, effect },
    ),
    interpretations: data.interpretations.map(({ id, question, reading, reason }) => ({ id, question, reading, reason })),
  };
}
