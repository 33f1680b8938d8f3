import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { type Report, checkProvenanceGaps, checkUnique } from '../ruleset/check-version.js';
import type { Path } from '../ruleset/walk.js';
import type { ParametersVersionFile, TariffTableVersionFile } from '../ruleset/tariff-schema.js';
import { checkSums } from './sums.js';

type Head = Pick<ParametersVersionFile, 'provenance' | 'sourceGaps' | 'interpretations'>;
type Cite = { readonly act: string; readonly source: string };

/**
 * What a schema cannot check in a parameters version: every citation names a declared act and
 * source, and gaps and readings name declared parameters. Returns every problem found.
 */
export function checkParametersVersion(version: ParametersVersionFile, file: string): Issue[] {
  const { issues, report, ref } = collector(file);
  const ids = Object.keys(version.parameters);
  for (const [id, parameter] of Object.entries(version.parameters)) checkCite(version, parameter.cite, ['parameters', id, 'cite'], ref);
  const anomalyIds = version.anomalies.map((a) => a.id);
  checkUnique(version.sums.map((s) => s.id), 'sum', ['sums'], report);
  checkUnique(anomalyIds, 'anomaly', ['anomalies'], report);
  version.sums.forEach((sum, n) => {
    ref('parameter', sum.total, ids, ['sums', n, 'total']);
    sum.parts.forEach((id, i) => ref('parameter', id, ids, ['sums', n, 'parts', i]));
    if (sum.anomaly !== undefined) ref('anomaly', sum.anomaly, anomalyIds, ['sums', n, 'anomaly']);
    const units = new Set([sum.total, ...sum.parts].map((id) => version.parameters[id]?.unit).filter((u) => u !== undefined));
    if (units.size > 1) report('sum_mismatch', ['sums', n], { id: sum.id, reason: `its parameters have different units: ${[...units].join(', ')}`, reasonRo: `parametrii ei au unități diferite: ${[...units].join(', ')}` });
  });
  checkSums(version).forEach((check) => {
    const n = version.sums.findIndex((s) => s.id === check.id);
    if (!check.addsUp && check.anomaly === undefined) {
      report('sum_mismatch', ['sums', n], {
        id: check.id,
        reason: `the parts add up to ${check.computed}, the printed total is ${check.total.value} (difference ${check.difference}); record the print as an anomaly, never change a printed number`,
        reasonRo: `părțile însumează ${check.computed}, totalul tipărit este ${check.total.value} (diferență ${check.difference}); tipăritura se consemnează ca anomalie, un număr tipărit nu se schimbă`,
      });
    }
    if (check.addsUp && check.anomaly !== undefined) {
      report('sum_mismatch', ['sums', n, 'anomaly'], { id: check.id, reason: `it adds up exactly, yet names anomaly "${check.anomaly}"`, reasonRo: `se adună exact, dar numește anomalia „${check.anomaly}”` });
    }
  });
  checkHead(version, [...ids, ...anomalyIds], 'parameter or anomaly', report, ref);
  return issues;
}

/**
 * What a schema cannot check in a tariff table version: unique ids, labels that are either given or
 * said to be lost, and references from anomalies, columns, rows, gaps and readings to what the table
 * declares. References to parameters of other folders are checked by the loader, which sees them all.
 */
export function checkTariffTableVersion(version: TariffTableVersionFile, file: string): Issue[] {
  const { issues, report, ref } = collector(file);
  const columnIds = version.columns.map((c) => c.id);
  const rowIds = version.rows.map((r) => r.id);
  const anomalyIds = version.anomalies.map((a) => a.id);
  checkCite(version, version.cite, ['cite'], ref);
  checkUnique(columnIds, 'column', ['columns'], report);
  checkUnique(rowIds, 'row', ['rows'], report);
  checkUnique(anomalyIds, 'anomaly', ['anomalies'], report);

  version.columns.forEach((column, c) => {
    if ('notComputable' in column) ref('anomaly', column.notComputable.anomaly, anomalyIds, ['columns', c, 'notComputable', 'anomaly']);
    if ('notComputable' in column && column.headerFormula) {
      const amountColumns = version.columns.filter((other) => 'formula' in other).map((other) => other.id);
      ref('amount column', column.headerFormula.column, amountColumns, ['columns', c, 'headerFormula', 'column']);
    }
  });
  version.rows.forEach((row, r) => {
    if ((row.label === undefined) === (row.labelLost === undefined)) {
      report('schema_violation', ['rows', r], { reason: 'a row has either a label or a labelLost saying why it has none, not both' });
    }
    if (row.pointsAssigned) ref('anomaly', row.pointsAssigned.anomaly, anomalyIds, ['rows', r, 'pointsAssigned', 'anomaly']);
  });
  version.anomalies.forEach((anomaly, a) =>
    anomaly.printed.forEach((cell, p) => {
      if (cell.row !== undefined) ref('row', cell.row, rowIds, ['anomalies', a, 'printed', p, 'row']);
      if (cell.column !== undefined) ref('column', cell.column, columnIds, ['anomalies', a, 'printed', p, 'column']);
    }),
  );
  checkHead(version, [...columnIds, ...rowIds, ...anomalyIds], 'column, row or anomaly', report, ref);
  return issues;
}

type Ref = (kind: string, id: string, known: readonly string[], path: Path) => void;

function collector(file: string): { issues: Issue[]; report: Report; ref: Ref } {
  const issues: Issue[] = [];
  const report: Report = (code, path, params) => issues.push(makeIssue(code, path, params, file));
  const ref: Ref = (kind, id, known, path) => {
    if (!known.includes(id)) report('unknown_reference', path, { kind, id, known });
  };
  return { issues, report, ref };
}

function checkCite(version: Head, cite: Cite, path: Path, ref: Ref): void {
  ref('act', cite.act, Object.keys(version.provenance.acts), [...path, 'act']);
  ref('source', cite.source, Object.keys(version.provenance.sources), [...path, 'source']);
}

/** Provenance, gaps and readings: the checks a criteria version gets, on the ids this kind declares. */
function checkHead(version: Head, ids: readonly string[], kind: string, report: Report, ref: Ref): void {
  const acts = Object.keys(version.provenance.acts);
  const sources = Object.keys(version.provenance.sources);
  checkUnique(version.sourceGaps.map((g) => g.id), 'sourceGap', ['sourceGaps'], report);
  checkUnique(version.interpretations.map((i) => i.id), 'interpretation', ['interpretations'], report);
  version.provenance.amendedBy.forEach((id, i) => ref('act', id, acts, ['provenance', 'amendedBy', i]));
  version.sourceGaps.forEach((gap, g) => {
    if (gap.recoveredFrom) ref('source', gap.recoveredFrom, sources, ['sourceGaps', g, 'recoveredFrom']);
    gap.criteria?.forEach((id, i) => ref(kind, id, ids, ['sourceGaps', g, 'criteria', i]));
  });
  version.interpretations.forEach((reading, n) => reading.criteria?.forEach((id, i) => ref(kind, id, ids, ['interpretations', n, 'criteria', i])));
  checkProvenanceGaps(version, report);
}
