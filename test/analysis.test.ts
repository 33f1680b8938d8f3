import { describe, expect, it } from 'vitest';
import { analyzeVersion } from '../src/analysis/analyze.js';
import { versionCoverage } from '../src/analysis/coverage.js';
import { diffStructure, diffVersions } from '../src/analysis/diff.js';
import { representativeValues } from '../src/analysis/fact-values.js';
import { mutantsOf, mutateVersion } from '../src/analysis/mutate.js';
import { runCases } from '../src/cases/run-cases.js';
import { createEvaluator } from '../src/create-evaluator.js';
import { type RuleCatalog, buildCatalog } from '../src/ruleset/catalog.js';
import { readRuleTree } from '../src/ruleset/read-dir.js';
import { buildTariffCatalog } from '../src/parameters/load.js';
import { bundledRulesDir } from '../src/bundled-rules.js';
import { oxygenVersion } from './support/rule-tree.js';

const label = (en: string) => ({ ro: en, en });
const cite = { act: 'order', location: 'art. 1', source: 'seed' };

/** A small version of the oxygen set's provenance with the facts, criteria and tables a test gives. */
function version(parts: { criteria: unknown[]; outputs?: unknown[]; outcome?: unknown; facts?: Record<string, unknown>; acknowledged?: unknown[] }) {
  const base = oxygenVersion();
  return {
    ruleSet: 'toy',
    validFrom: '2024-01-01',
    title: label('Toy'),
    provenance: {
      acts: { order: { title: 'Ordin', number: '1', date: '2023-12-01', monitorulOficial: { number: '1', date: '2023-12-02' } } },
      amendedBy: [],
      sources: { seed: base.provenance.sources[Object.keys(base.provenance.sources)[0]!] },
      checkedOn: '2024-01-01',
    },
    facts: parts.facts ?? {
      score: { type: 'integer', min: '0', max: '10', label: label('Score') },
      kind: { type: 'enum', values: [{ id: 'a', label: label('A') }, { id: 'b', label: label('B') }, { id: 'c', label: label('C') }], label: label('Kind') },
      flag: { type: 'boolean', label: label('Flag') },
      spo2: { type: 'decimal', unit: '%', min: '0', max: '100', label: label('SpO2') },
    },
    criteria: parts.criteria,
    ...(parts.outcome ? { outcome: parts.outcome } : {}),
    outputs: parts.outputs ?? [],
    ...(parts.acknowledged ? { acknowledged: parts.acknowledged } : {}),
  };
}

const criterion = (id: string, when: unknown) => ({ id, title: label(id), law: label(`text of ${id}`), cite, when });
const row = (id: string, when: unknown, then: Record<string, unknown> = { value: id }) => ({ id, when, then, reason: label(id) });
const table = (id: string, hitPolicy: string, rows: unknown[], extra: Record<string, unknown> = {}) => ({ id, title: label(id), hitPolicy, rows, ...extra });

function catalogOf(...files: Array<{ name: string; data: unknown }>): RuleCatalog {
  const setFile = { file: 'rules/toy/set.json', text: JSON.stringify({ id: 'toy', title: label('Toy'), summary: label('Toy') }) };
  return buildCatalog([setFile, ...files.map(({ name, data }) => ({ file: `rules/toy/${name}`, text: JSON.stringify(data) }))]);
}

const analyze = (data: unknown) => analyzeVersion(catalogOf({ name: '2024-01-01.json', data }).get('toy')!.versions[0]!);
const kinds = (findings: ReturnType<typeof analyze>) => findings.map((f) => `${f.severity} ${f.kind} ${f.target}`);

const scoreAtLeast = (n: string) => ({ fact: 'score', operator: 'greaterThanInclusive', value: n });
const flagIs = (value: boolean) => ({ fact: 'flag', operator: 'equal', value });

describe('analyze finds what a reviewer would miss', () => {
  it('finds a criterion that can never be met, with no false alarm on a sound one', () => {
    const findings = analyze(
      version({
        criteria: [
          criterion('impossible', { all: [scoreAtLeast('6'), { fact: 'score', operator: 'lessThan', value: '3' }] }),
          criterion('sound', scoreAtLeast('2')),
        ],
      }),
    );
    expect(kinds(findings)).toContain('error criterion_never_met impossible');
    expect(kinds(findings).filter((k) => k.includes(' sound'))).toEqual([]);
  });

  it('searches whether a fact read only for its presence is given, both ways', () => {
    const facts = { note: { type: 'text', maxLength: 100, label: label('Note') }, flag: { type: 'boolean', label: label('Flag') } };
    const given = { given: 'note' };
    const findings = analyze(
      version({
        facts,
        criteria: [
          criterion('note-given', given),
          criterion('no-note', { all: [{ not: given }, flagIs(true)] }),
          criterion('both', { all: [given, { not: given }] }),
        ],
      }),
    );
    expect(kinds(findings)).toContain('error criterion_never_met both');
    expect(kinds(findings).filter((k) => k.includes(' note-given') || k.includes(' no-note'))).toEqual([]);
  });

  it('finds a row masked by an earlier row under the first hit policy', () => {
    const findings = analyze(
      version({
        criteria: [criterion('c', scoreAtLeast('0'))],
        outputs: [table('tier', 'first', [row('two-or-more', scoreAtLeast('2')), row('five-or-more', scoreAtLeast('5')), row('rest', scoreAtLeast('0'))])],
      }),
    );
    expect(kinds(findings)).toContain('error masked_row tier/five-or-more');
    expect(kinds(findings)).not.toContain('error masked_row tier/rest');
  });

  it('finds overlapping rows of a unique table and shows facts where both apply', () => {
    const findings = analyze(
      version({
        criteria: [criterion('c', scoreAtLeast('0'))],
        outputs: [table('kindRule', 'unique', [row('a-or-b', { fact: 'kind', operator: 'in', value: ['a', 'b'] }), row('b-or-c', { fact: 'kind', operator: 'in', value: ['b', 'c'] })])],
      }),
    );
    const overlap = findings.find((f) => f.kind === 'overlapping_rows')!;
    expect(overlap.target).toBe('kindRule/b-or-c');
    expect(overlap.example).toEqual({ kind: 'b' });
  });

  it('finds a gap in a table that must answer, with an example at the boundary', () => {
    const findings = analyze(
      version({
        criteria: [criterion('c', scoreAtLeast('0'))],
        outputs: [table('desat', 'first', [row('below-88', { fact: 'spo2', operator: 'lessThan', value: '88' }), row('above-88', { fact: 'spo2', operator: 'greaterThan', value: '88' })])],
      }),
    );
    const gap = findings.find((f) => f.kind === 'table_gap')!;
    expect(gap.severity).toBe('warning');
    expect(gap.example).toEqual({ spo2: '88' });
  });

  it('searches a request left out as well as a request given, where a criterion applies only once it is given', () => {
    // A request checked only when one is stated, and a table that answers only for a stated request: an
    // eligible patient who states none (score not given) is a gap the search must find, by leaving the score out.
    const findings = analyze(
      version({
        criteria: [
          criterion('eligible', flagIs(true)),
          { ...criterion('request-within', { fact: 'score', operator: 'lessThanInclusive', value: '5' }), appliesWhen: { given: 'score' } },
        ],
        outputs: [table('ceiling', 'first', [row('requested', { given: 'score' })], { onlyWhenMet: true })],
      }),
    );
    const gap = findings.find((f) => f.kind === 'table_gap')!;
    expect(gap.target).toBe('ceiling');
    expect(gap.example).toEqual({ flag: true });
    expect(kinds(findings)).not.toContain('warning criterion_never_fails request-within');
  });

  it('finds rows that never apply and comparisons outside the declared range', () => {
    const findings = analyze(
      version({
        criteria: [criterion('range', scoreAtLeast('11'))],
        outputs: [table('t', 'collect', [row('never', { all: [flagIs(true), flagIs(false)] }), row('ok', flagIs(true))])],
      }),
    );
    expect(kinds(findings)).toEqual(
      expect.arrayContaining(['error row_never_applies t/never', 'error comparison_out_of_range score', 'error criterion_never_met range']),
    );
  });

  it('reports criteria and facts nothing reads, and shows acknowledged findings as notes with their reason', () => {
    const findings = analyze(
      version({
        criteria: [criterion('read', flagIs(true)), criterion('unread', scoreAtLeast('1'))],
        outcome: { criterion: 'read' },
        acknowledged: [{ finding: 'criterion_unread', target: 'unread', reason: 'the law lists it for the record only' }],
      }),
    );
    expect(findings.find((f) => f.target === 'unread')).toMatchObject({ severity: 'note', acknowledged: 'the law lists it for the record only' });
    expect(kinds(findings)).toEqual(expect.arrayContaining(['warning fact_unread kind', 'warning fact_unread spo2']));
  });

  it('takes one value in every region the thresholds cut, within the declared range', () => {
    const fact = { id: 'spo2', type: 'decimal' as const, derived: false, thresholds: ['88', '88.5'], min: '0', max: '100' };
    expect(representativeValues(fact)).toEqual(['0', '44', '88', '88.25', '88.5', '94.25', '100']);
    expect(representativeValues({ id: 'd', type: 'date', derived: false, thresholds: ['2024-01-10'] })).toEqual(['2024-01-09', '2024-01-10', '2024-01-11']);
  });

  it('finds nothing to report as an error in the bundled rules', () => {
    const catalog = buildCatalog(readRuleTree(bundledRulesDir()));
    const errors = [...catalog.values()].flatMap((s) => s.versions.flatMap(analyzeVersion)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('mutation testing of a version against its cases', () => {
  const data = version({
    criteria: [criterion('desaturation', { all: [{ fact: 'spo2', operator: 'lessThan', value: '88' }, flagIs(true)] })],
  });
  const cases = (list: Array<[string, Record<string, unknown>, string]>) => ({
    ruleSet: 'toy',
    version: '2024-01-01',
    cases: list.map(([id, facts, outcome]) => ({ id, name: id, asOf: '2024-02-01', facts, expect: { outcome } })),
  });

  it('makes the mutants a reviewer expects: strictness, thresholds by the smallest step, combinators, dropped parts', () => {
    const descriptions = mutantsOf(catalogOf({ name: '2024-01-01.json', data }).get('toy')!.versions[0]!.data).map((m) => m.description);
    expect(descriptions).toEqual(
      expect.arrayContaining(['all → any', 'drop part 1 of all', 'spo2 lessThan → lessThanInclusive', 'spo2 lessThan 88 → 87.9', 'spo2 lessThan 88 → 88.1', 'flag true → false']),
    );
  });

  it('lists a boundary with no case as a survivor, and kills it once a case sits on the boundary', async () => {
    const parameters = buildTariffCatalog([]);
    const weak = catalogOf({ name: '2024-01-01.json', data }, { name: '2024-01-01.cases.json', data: cases([['low', { spo2: '80', flag: true }, 'met'], ['high', { spo2: '95', flag: true }, 'not_met']]) });
    const before = await mutateVersion(weak.get('toy')!, weak.get('toy')!.versions[0]!, parameters);
    expect(before.survivors.map((s) => s.mutant.description)).toContain('spo2 lessThan → lessThanInclusive');
    expect(before.survivors.find((s) => s.mutant.description === 'spo2 lessThan → lessThanInclusive')!.law).toBe('text of desaturation');

    const strong = catalogOf(
      { name: '2024-01-01.json', data },
      {
        name: '2024-01-01.cases.json',
        data: cases([
          ['on-88', { spo2: '88', flag: true }, 'not_met'],
          ['just-below', { spo2: '87.9', flag: true }, 'met'],
          ['flag-false', { spo2: '80', flag: false }, 'not_met'],
          ['flag-unknown', { spo2: '80' }, 'undetermined'],
          ['spo2-unknown', { flag: true }, 'undetermined'],
        ]),
      },
    );
    const after = await mutateVersion(strong.get('toy')!, strong.get('toy')!.versions[0]!, parameters);
    expect(after.survived).toBe(0);
    expect(after.score).toBe('100.0');
    expect(Number(before.score)).toBeLessThan(100);
  });

  it('gives no score while a case fails on the unchanged version, and names that case', async () => {
    const broken = catalogOf(
      { name: '2024-01-01.json', data },
      { name: '2024-01-01.cases.json', data: cases([['low', { spo2: '80', flag: true }, 'met'], ['wrong', { spo2: '95', flag: true }, 'met']]) },
    );
    const report = await mutateVersion(broken.get('toy')!, broken.get('toy')!.versions[0]!, buildTariffCatalog([]));
    expect(report).toMatchObject({ measurable: false, score: null, mutants: 0, killed: 0, survivors: [] });
    expect(report.failingCases).toEqual([{ id: 'wrong', failures: ['outcome: expected met, got not_met'] }]);
  });

  it('marks a mutant that no patient can tell apart as equivalent, not as a survivor', async () => {
    const anyScore = version({ criteria: [criterion('any-score', scoreAtLeast('0'))] });
    const weak = catalogOf({ name: '2024-01-01.json', data: anyScore }, { name: '2024-01-01.cases.json', data: cases([['five', { score: 5 }, 'met']]) });
    const report = await mutateVersion(weak.get('toy')!, weak.get('toy')!.versions[0]!, buildTariffCatalog([]));
    // No score is below the declared minimum 0, so ≥ 0 and ≥ −1 are the same test; ≥ 1 and > 0 are not, and no case catches them.
    expect(report.survivors.map((s) => `${s.status} ${s.mutant.description}`).sort()).toEqual([
      'equivalent score greaterThanInclusive 0 → -1',
      'survived score greaterThanInclusive 0 → 1',
      'survived score greaterThanInclusive → greaterThan',
    ]);
    expect(report).toMatchObject({ mutants: 3, killed: 0, survived: 2, equivalent: 1, score: '0.0' });
  });

  it('counts a survivor the rule file declares equivalent, with its reason, and lists a declaration that matches no survivor', async () => {
    const declared = {
      ...version({ criteria: [criterion('any-score', scoreAtLeast('0'))] }),
      equivalentMutants: [
        { path: '/criteria/0/when/value', mutant: 'score greaterThanInclusive 0 → 1', reason: 'no patient scores 0 (for this test)' },
        { path: '/criteria/0/when/value', mutant: 'score greaterThanInclusive 0 → 7', reason: 'no such mutant' },
      ],
    };
    const tree = catalogOf({ name: '2024-01-01.json', data: declared }, { name: '2024-01-01.cases.json', data: cases([['five', { score: 5 }, 'met']]) });
    const report = await mutateVersion(tree.get('toy')!, tree.get('toy')!.versions[0]!, buildTariffCatalog([]));
    expect(report.survivors.find((s) => s.mutant.description === 'score greaterThanInclusive 0 → 1')).toMatchObject({ status: 'equivalent', declared: 'no patient scores 0 (for this test)' });
    expect(report).toMatchObject({ killed: 0, survived: 1, equivalent: 2, score: '0.0' });
    expect(report.staleEquivalences).toEqual([{ path: '/criteria/0/when/value', mutant: 'score greaterThanInclusive 0 → 7' }]);
  });

  it('marks as equivalent a row change that a `first` table masks, and a guard a source gap makes moot', async () => {
    const grade = table('grade', 'first', [
      row('over-five', { fact: 'score', operator: 'greaterThan', value: '5' }),
      row('up-to-five', { fact: 'score', operator: 'lessThanInclusive', value: '5' }),
    ]);
    const data = {
      ...version({
        criteria: [{ ...criterion('text-lost', { sourceGap: 'lost' }), appliesWhen: flagIs(true) }],
        outcome: { all: [flagIs(true), { criterion: 'text-lost' }] },
        outputs: [grade],
      }),
      sourceGaps: [{ id: 'lost', kind: 'lost_text', what: 'The text was lost.', effect: 'Undetermined.', criteria: ['text-lost'] }],
    };
    const weak = catalogOf({ name: '2024-01-01.json', data }, { name: '2024-01-01.cases.json', data: cases([['three', { score: 3, flag: false }, 'not_met']]) });
    const report = await mutateVersion(weak.get('toy')!, weak.get('toy')!.versions[0]!, buildTariffCatalog([]));
    const status = (description: string) => report.survivors.find((s) => s.mutant.description === description)?.status;
    // Score 6 takes the first row whatever the second says; the two rows never both hold, so their order is moot.
    expect(status('score lessThanInclusive 5 → 6')).toBe('equivalent');
    expect(status('grade: swap rows over-five and up-to-five')).toBe('equivalent');
    // Score 5 takes no row once ≤ 5 becomes < 5: a patient can tell, and no case does.
    expect(status('score lessThanInclusive → lessThan')).toBe('survived');
    // The criterion applies only when the flag holds, so the outcome's own test of the flag adds nothing, even though the criterion stays unknown.
    expect(report.survivors.filter((s) => s.mutant.target === 'outcome').map((s) => `${s.status} ${s.mutant.description}`)).toContain('equivalent drop part 1 of all');
  });

  it('marks as equivalent a change seen only while a fact is missing whose presence only another part reads', async () => {
    // Kinds a and b pass whatever the score (the second branch repeats the kind); the table asks whether
    // a score is given, the criterion does not. Without the score, a decision settles the criterion over
    // its values, so dropping the branch's `score < 5` is seen by no patient, though Kleene's logic alone
    // would tell "unknown" from "met" when the score is left out.
    const kindOk = { fact: 'kind', operator: 'in', value: ['a', 'b'] };
    const data = version({
      criteria: [criterion('kind-ok', { all: [kindOk, { any: [scoreAtLeast('5'), { all: [{ fact: 'score', operator: 'lessThan', value: '5' }, kindOk] }] }] })],
      outputs: [table('fee', 'first', [row('scored', { given: 'score' }), row('unscored', { not: { given: 'score' } })])],
    });
    const tree = catalogOf(
      { name: '2024-01-01.json', data },
      { name: '2024-01-01.cases.json', data: cases([['a', { kind: 'a', score: 5 }, 'met'], ['c', { kind: 'c', score: 5 }, 'not_met']]) },
    );
    const report = await mutateVersion(tree.get('toy')!, tree.get('toy')!.versions[0]!, buildTariffCatalog([]));
    const branch = report.survivors.find((s) => s.mutant.description === 'drop part 1 of all' && s.mutant.path.join('/') === 'criteria/0/when/all/1/any/1');
    expect(branch?.status).toBe('equivalent');
    const unsettled = await createEvaluator({ catalog: tree }).evaluate('toy', { kind: 'a' }, { asOf: '2024-02-01' });
    expect([unsettled.outcome, unsettled.outputs.fee!.value]).toEqual(['met', { value: 'unscored' }]);
  });

  it('judges a table mutant by the row the table answers with, and only for eligible patients when the table answers only those', async () => {
    // Eligible only with score ≥ 5; the table tells score ≥ 8 from the rest. Its second row's
    // `score ≥ 5` part can only fail for a patient the table never answers, and under `first` the
    // first row answers for every score ≥ 8, so whether the second row also holds there is unseen.
    const graded = version({
      criteria: [criterion('enough', scoreAtLeast('5'))],
      outputs: [table('grade', 'first', [row('high', scoreAtLeast('8')), row('low', { all: [scoreAtLeast('5'), flagIs(true)] })], { onlyWhenMet: true })],
    });
    const tree = catalogOf(
      { name: '2024-01-01.json', data: graded },
      { name: '2024-01-01.cases.json', data: cases([['nine', { score: 9, flag: true }, 'met']]) },
    );
    const report = await mutateVersion(tree.get('toy')!, tree.get('toy')!.versions[0]!, buildTariffCatalog([]));
    const status = (description: string) => report.survivors.find((s) => s.mutant.target === 'grade/low' && s.mutant.description === description)?.status;
    expect(status('drop part 1 of all')).toBe('equivalent');
    expect(status('drop part 2 of all')).toBe('survived');
    expect(report.survivors.find((s) => s.mutant.description === 'grade: swap rows high and low')?.status).toBe('survived');
  });
});

describe('diff of two versions', () => {
  const v1 = version({ criteria: [criterion('desaturation', { fact: 'spo2', operator: 'lessThan', value: '88' })] });
  const v2 = {
    ...version({ criteria: [{ ...criterion('desaturation', { fact: 'spo2', operator: 'lessThan', value: '90' }), law: label('sub 90%') }] }),
    validFrom: '2025-01-01',
  };
  const catalog = catalogOf(
    { name: '2024-01-01.json', data: v1 },
    { name: '2025-01-01.json', data: v2 },
    { name: '2025-01-01.cases.json', data: { ruleSet: 'toy', version: '2025-01-01', cases: [{ id: 'c89', name: 'c89', asOf: '2025-02-01', facts: { spo2: '89' }, expect: { outcome: 'met' } }] } },
  );
  const set = catalog.get('toy')!;

  it('names the re-worded criterion with its text before and after, and the changed threshold', () => {
    const diff = diffStructure(set.versions[0]!, set.versions[1]!);
    expect(diff.criteria.changed).toEqual([
      { id: 'desaturation', law: { before: label('text of desaturation'), after: label('sub 90%') }, thresholds: [{ path: 'when', fact: 'spo2', before: 'lessThan "88"', after: 'lessThan "90"' }], restructured: false },
    ]);
  });

  it('finds the patients whose outcome changes, grouped by the criterion that flips them', async () => {
    const diff = await diffVersions(set, set.versions[0]!, set.versions[1]!, buildTariffCatalog([]));
    expect(diff.outcomes.flips).toHaveLength(1);
    expect(diff.outcomes.flips[0]!.criteria).toEqual(['desaturation']);
    expect(diff.outcomes.flips[0]!.transitions).toEqual({ 'not_met -> met': diff.outcomes.flips[0]!.count });
    expect(diff.outcomes.flips[0]!.examples[0]!.patient).toBe('case c89');
  });
});

describe('coverage of a version by its cases', () => {
  it('reports the criterion statuses and the sides of each comparison the cases reach', async () => {
    const catalog = buildCatalog(readRuleTree(bundledRulesDir()));
    const evaluator = createEvaluator({ catalog, parameters: buildTariffCatalog(readRuleTree(bundledRulesDir())) });
    const results = await runCases(evaluator, 'portable-oxygen');
    const coverage = versionCoverage(catalog.get('portable-oxygen')!.versions[0]!, results);
    expect(coverage.cases).toBe(results.length);
    expect(coverage.summary.criteriaFull).toBe(coverage.summary.criteria);
    const desaturation = coverage.comparisons.find((c) => c.comparison.startsWith('sixMwtMinSpO2Pct lessThan'))!;
    expect(desaturation).toMatchObject({ held: true, failed: true });
  });
});
