import { relative } from 'node:path';
import { type Finding, analyzeVersion } from '../analysis/analyze.js';
import { type VersionCoverage, versionCoverage } from '../analysis/coverage.js';
import { type VersionDiff, diffVersions } from '../analysis/diff.js';
import { type MutationReport, mutateVersion } from '../analysis/mutate.js';
import type { CaseResult } from '../cases/run-cases.js';
import { formatPath } from '../errors/issue.js';
import { loadRuleTree } from '../load/default-source.js';
import type { RuleCatalog } from '../ruleset/catalog.js';
import { versionInForce } from '../ruleset/timeline.js';

/** What the review commands need of the command line. */
export interface ReviewOptions {
  readonly rules: string | undefined;
  readonly json: boolean;
  /** `mutate`: only the mutants of this criterion or table. */
  readonly criterion?: string | undefined;
}

export interface ReviewIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function unknownSet(set: string, catalog: RuleCatalog, io: ReviewIo): number {
  io.stderr(`there is no rule set "${set}"; known: ${[...catalog.keys()].join(', ')}\n`);
  return EXIT_USAGE;
}

/** Every finding of every version of the catalog (or of one set). */
export function analyzeCatalog(catalog: RuleCatalog, set?: string): Finding[] {
  return [...catalog.values()].filter((s) => set === undefined || s.id === set).flatMap((s) => s.versions.flatMap(analyzeVersion));
}

export function formatFindings(findings: readonly Finding[]): string {
  const lines = findings.map((f) => {
    const head = `${f.severity.padEnd(7)} ${f.kind}  ${f.ruleSet}@${f.version}  ${f.target}\n        ${relative(process.cwd(), f.file)} ${formatPath(f.path)}: ${f.message}\n`;
    const example = f.example ? `        example: ${JSON.stringify(f.example)}\n` : '';
    const acknowledged = f.acknowledged ? `        acknowledged: ${f.acknowledged}\n` : '';
    return head + example + acknowledged;
  });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${lines.join('')}analyze: ${count('error')} errors, ${count('warning')} warnings, ${count('note')} acknowledged\n`;
}

/** `analyze [set]`: the static analysis; fails on errors. */
export function analyzeCommand(args: readonly string[], options: ReviewOptions, io: ReviewIo): number {
  const { catalog } = loadRuleTree(options.rules);
  const [set] = args;
  if (set !== undefined && !catalog.has(set)) return unknownSet(set, catalog, io);
  const findings = analyzeCatalog(catalog, set);
  io.stdout(options.json ? `${JSON.stringify({ findings }, null, 2)}\n` : formatFindings(findings));
  return findings.some((f) => f.severity === 'error') ? EXIT_FAILED : EXIT_OK;
}

/**
 * `diff <set> <from> <to>`: two versions of a tree; `diff <set> --rules <draft tree>`: the latest
 * version of the set in the draft against the bundled version in force on its first day.
 */
export async function diffCommand(args: readonly string[], options: ReviewOptions, io: ReviewIo): Promise<number> {
  const [set, fromDate, toDate] = args;
  if (set === undefined || (fromDate === undefined) !== (toDate === undefined) || (fromDate === undefined && options.rules === undefined)) {
    io.stderr('diff needs a rule set and two version dates (diff <set> <from> <to>), or a draft tree (diff <set> --rules <dir>)\n');
    return EXIT_USAGE;
  }
  const tree = loadRuleTree(options.rules);
  const base = fromDate === undefined ? loadRuleTree(undefined) : tree;
  const [draftSet, baseSet] = [tree.catalog.get(set), base.catalog.get(set)];
  if (!draftSet) return unknownSet(set, tree.catalog, io);
  if (!baseSet) return unknownSet(set, base.catalog, io);
  const to = toDate === undefined ? draftSet.versions.at(-1) : draftSet.versions.find((v) => v.data.validFrom === toDate);
  const from = fromDate === undefined ? versionInForce(baseSet.versions, to!.data.validFrom) : baseSet.versions.find((v) => v.data.validFrom === fromDate);
  if (!from || !to) {
    io.stderr(`${set} has no version ${!from ? (fromDate ?? `in force on ${to!.data.validFrom}`) : toDate}; versions: ${draftSet.versions.map((v) => v.data.validFrom).join(', ')}\n`);
    return EXIT_USAGE;
  }
  const diff = await diffVersions(draftSet, from, to, tree.parameters);
  io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff));
  return EXIT_OK;
}

const list = (ids: readonly string[]) => (ids.length === 0 ? '-' : ids.join(', '));

export function formatDiff(diff: VersionDiff): string {
  const out: string[] = [`${diff.ruleSet}: ${diff.from.validFrom} (${relative(process.cwd(), diff.from.file)}) -> ${diff.to.validFrom} (${relative(process.cwd(), diff.to.file)})\n`];
  out.push(`acts added: ${list(diff.provenance.actsAdded)}; removed: ${list(diff.provenance.actsRemoved)}; amended by: ${list(diff.provenance.amendedBy.after)}\n`);
  out.push(`\ncriteria added: ${diff.criteria.added.length}, removed: ${diff.criteria.removed.length}, changed: ${diff.criteria.changed.length}\n`);
  for (const c of diff.criteria.added) out.push(`  + ${c.id}\n      ${c.law.ro}\n`);
  for (const c of diff.criteria.removed) out.push(`  - ${c.id}\n      ${c.law.ro}\n`);
  for (const c of diff.criteria.changed) {
    out.push(`  ~ ${c.id}${c.restructured ? ' (condition restructured)' : ''}\n`);
    if (c.law) out.push(`      before: ${c.law.before.ro}\n      after:  ${c.law.after.ro}\n`);
    if (c.citation) out.push(`      cited: ${c.citation.before} -> ${c.citation.after}\n`);
    for (const t of c.thresholds) out.push(`      ${t.path}: ${t.fact} ${t.before} -> ${t.after}\n`);
  }
  out.push(`\nfacts added: ${list(diff.facts.added)}; removed: ${list(diff.facts.removed)}; changed: ${list(diff.facts.changed)}\n`);
  out.push(`outputs added: ${list(diff.outputs.added)}; removed: ${list(diff.outputs.removed)}; changed: ${list(diff.outputs.changed)}\n`);
  out.push(`source gaps added: ${list(diff.sourceGaps.added)}; removed: ${list(diff.sourceGaps.removed)}\n`);
  out.push(`readings added: ${list(diff.interpretations.added)}; removed: ${list(diff.interpretations.removed)}; changed: ${list(diff.interpretations.changed)}\n`);
  const o = diff.outcomes;
  out.push(`\noutcomes: ${o.changed} of ${o.patients} patients (${o.fromCases} cases and patients at every threshold) change outcome\n`);
  for (const flip of o.flips) {
    const transitions = Object.entries(flip.transitions).map(([t, n]) => `${t}: ${n}`).join(', ');
    out.push(`  ${flip.count} through ${flip.criteria.join(', ')} (${transitions})\n`);
    for (const e of flip.examples) out.push(`      ${e.patient} on ${e.asOf}: ${e.before} -> ${e.after}\n`);
  }
  return out.join('');
}

/** `mutate [set]`: the kill score of each version's cases, with the survivors. */
export async function mutateCommand(args: readonly string[], options: ReviewOptions, io: ReviewIo): Promise<number> {
  const { catalog, parameters } = loadRuleTree(options.rules);
  const [set, from] = args;
  if (set !== undefined && !catalog.has(set)) return unknownSet(set, catalog, io);
  if (from !== undefined && !catalog.get(set!)!.versions.some((v) => v.data.validFrom === from)) {
    io.stderr(`${set} has no version from "${from}"; its versions: ${catalog.get(set!)!.versions.map((v) => v.data.validFrom).join(', ')}\n`);
    return EXIT_USAGE;
  }
  if (options.criterion !== undefined && set === undefined) {
    io.stderr('--criterion needs a rule set\n');
    return EXIT_USAGE;
  }
  const reports: MutationReport[] = [];
  for (const s of catalog.values()) {
    if (set !== undefined && s.id !== set) continue;
    for (const version of s.versions) {
      if (from !== undefined && version.data.validFrom !== from) continue;
      // A large set runs for minutes: a line on stderr every 500 mutants shows it is moving.
      const report = await mutateVersion(s, version, parameters, (done, total) => {
        if (done > 0 && done % 500 === 0) io.stderr(`${s.id}@${version.data.validFrom}: ${done}/${total} mutants run\n`);
      }, options.criterion);
      reports.push(report);
      if (!options.json) io.stdout(formatMutation(report));
    }
  }
  if (options.json) io.stdout(`${JSON.stringify({ reports }, null, 2)}\n`);
  // A version whose own cases fail has no score: the run fails, as `test` would.
  return reports.every((r) => r.measurable) ? EXIT_OK : EXIT_FAILED;
}

function formatMutation(r: MutationReport): string {
  if (!r.measurable) {
    const cases = r.failingCases.map((c) => `  failing case ${c.id}: ${c.failures.join('; ')}\n`).join('');
    return `${r.ruleSet}@${r.version}: not measurable: ${r.failingCases.length} case(s) fail on the unchanged version, so every mutant would be "killed"; fix them first\n${cases}`;
  }
  const only = r.target !== undefined ? ` (${r.target} only)` : '';
  const head = `${r.ruleSet}@${r.version}${only}: ${r.score} % killed (${r.killed} killed, ${r.survived} survived, ${r.equivalent} equivalent, ${r.mutants} mutants)\n`;
  const survivors = r.survivors.map((s) => {
    const status = s.status === 'equivalent' ? (s.declared ? 'declared  ' : 'equivalent') : 'survived  ';
    // The path and the change are what an `equivalentMutants` entry names.
    const where = `${s.mutant.target}: ${s.mutant.description} at ${formatPath(s.mutant.path)}`;
    const why = s.declared ? `\n      equivalent: ${s.declared}` : s.law ? `\n      ${s.law.length > 160 ? `${s.law.slice(0, 160)}…` : s.law}` : '';
    return `  ${status} ${where}${why}\n`;
  });
  const stale = r.staleEquivalences.map((d) => `  stale declaration: no surviving mutant "${d.mutant}" at ${d.path} (killed, proved equivalent or no longer made)\n`);
  return head + survivors.join('') + stale.join('');
}

/** The coverage of every version that has cases, from the results of a test run. */
export function coverageOf(catalog: RuleCatalog, results: readonly CaseResult[], set?: string): VersionCoverage[] {
  return [...catalog.values()].filter((s) => set === undefined || s.id === set).flatMap((s) => s.versions.filter((v) => v.cases).map((v) => versionCoverage(v, results)));
}

export function formatCoverage(coverage: readonly VersionCoverage[]): string {
  return coverage
    .map((c) => {
      const head = `${c.ruleSet}@${c.version}: ${c.summary.criteriaFull}/${c.summary.criteria} criteria reached met, not met and unknown; ${c.summary.comparisonsBoth}/${c.summary.comparisons} comparisons seen holding and failing\n`;
      const criteria = c.criteria.filter((x) => x.missing.length > 0).map((x) => `  criterion ${x.id}: never ${x.missing.join(', ')}\n`);
      const sides = c.comparisons.filter((x) => !x.held || !x.failed).map((x) => `  ${x.criterion}: ${x.comparison} never ${!x.held ? 'holds' : 'fails'}\n`);
      return head + criteria.join('') + sides.join('');
    })
    .join('');
}
