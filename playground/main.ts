/**
 * The playground: pick a rule set and a date; the form is generated from the facts of the version in
 * force; every change re-evaluates and shows the explained decision. Rules come as pre-checked
 * bundles, one module per rule set, loaded when picked.
 */
import { type Decision, type FactDeclaration, type Issue, type Lang, type RuleBundle, CnasRulesError, createEvaluator } from 'cnas-rules';
import { loaders } from 'virtual:rule-bundles';

type Loader = () => Promise<{ default: RuleBundle }>;
const bundleLoaders = loaders as Record<string, Loader>;

const UI = {
  en: { set: 'Rule set', date: 'Date of the decision', lang: 'Language', facts: 'Facts', unknown: '(unknown)', yes: 'yes', no: 'no',
    outcome: { met: 'Met', not_met: 'Not met', undetermined: 'Undetermined' }, criteria: 'Criteria', missing: 'Missing facts, the most decisive first',
    outputs: 'Outputs', refused: 'Refused input', version: 'Version in force', neededBy: 'needed by', dates: 'dates, comma-separated (YYYY-MM-DD)',
    status: { met: 'met', not_met: 'not met', unknown: 'unknown', not_applicable: 'not applicable' } },
  ro: { set: 'Set de reguli', date: 'Data deciziei', lang: 'Limba', facts: 'Date', unknown: '(necunoscut)', yes: 'da', no: 'nu',
    outcome: { met: 'Îndeplinit', not_met: 'Neîndeplinit', undetermined: 'Nedeterminat' }, criteria: 'Criterii', missing: 'Date lipsă, cele mai decisive întâi',
    outputs: 'Rezultate', refused: 'Date refuzate', version: 'Versiunea în vigoare', neededBy: 'necesară pentru', dates: 'date separate prin virgulă (AAAA-LL-ZZ)',
    status: { met: 'îndeplinit', not_met: 'neîndeplinit', unknown: 'necunoscut', not_applicable: 'nu se aplică' } },
} as const;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const setSelect = $<HTMLSelectElement>('rule-set');
const dateInput = $<HTMLInputElement>('as-of');
const langSelect = $<HTMLSelectElement>('lang');
const form = $<HTMLFormElement>('facts');
const result = $<HTMLElement>('decision');

let evaluator: ReturnType<typeof createEvaluator> | undefined;
let facts: Record<string, FactDeclaration> = {};

function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const lang = (): Lang => (langSelect.value === 'ro' ? 'ro' : 'en');

async function pickRuleSet(): Promise<void> {
  const load = bundleLoaders[setSelect.value];
  if (!load) return;
  const bundle = (await load()).default;
  evaluator = createEvaluator({ bundles: [bundle] });
  const [summary] = evaluator.ruleSets();
  const latest = summary?.versions.at(-1);
  if (latest && !dateInput.value) dateInput.value = latest.validFrom;
  renderForm();
}

function renderForm(): void {
  if (!evaluator) return;
  const t = UI[lang()];
  form.replaceChildren();
  result.replaceChildren();
  let version;
  try {
    version = evaluator.versionInForce(setSelect.value, dateInput.value);
  } catch (error) {
    showIssues(error);
    return;
  }
  facts = version.data.facts;
  form.append(el('h2', {}, t.facts));
  for (const [id, fact] of Object.entries(facts)) {
    const label = el('label', { for: `fact-${id}` }, fact.label[lang()]);
    const field = inputFor(id, fact);
    const hint = 'unit' in fact && fact.unit ? el('span', { class: 'unit' }, fact.unit) : '';
    form.append(el('div', { class: 'fact', 'data-fact': id, 'data-type': fact.type }, label, field, hint));
  }
  void decide();
}

function inputFor(id: string, fact: FactDeclaration): HTMLElement {
  const t = UI[lang()];
  const attrs = { id: `fact-${id}`, name: id };
  const choice = (options: string[][]): HTMLElement =>
    el('select', attrs, el('option', { value: '' }, t.unknown), ...options.map(([value = '', text = '']) => el('option', { value }, text)));
  if (fact.type === 'enum') return choice(fact.values.map((v) => [v.id, v.label[lang()]]));
  if (fact.type === 'boolean') return choice([['true', t.yes], ['false', t.no]]);
  if (fact.type === 'dateList') return el('input', { ...attrs, type: 'text', placeholder: t.dates });
  if (fact.type === 'text') return el('input', { ...attrs, type: 'text', maxlength: String(fact.maxLength) });
  if (fact.type === 'decimal' || fact.type === 'integer') {
    const range = [fact.min && `≥ ${fact.min}`, fact.max && `≤ ${fact.max}`].filter(Boolean).join(', ');
    return el('input', { ...attrs, type: 'text', inputmode: 'decimal', placeholder: range || fact.type });
  }
  return el('input', { ...attrs, type: 'date' });
}

/** The facts as the library takes them: empty fields are unknown, decimals stay strings. */
function readFacts(): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, fact] of Object.entries(facts)) {
    const field = form.elements.namedItem(id) as HTMLInputElement | HTMLSelectElement | null;
    const raw = field?.value.trim() ?? '';
    if (raw === '') continue;
    if (fact.type === 'boolean') values[id] = raw === 'true';
    else if (fact.type === 'integer') values[id] = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    else if (fact.type === 'dateList') values[id] = raw.split(',').map((d) => d.trim()).filter(Boolean);
    else values[id] = raw;
  }
  return values;
}

async function decide(): Promise<void> {
  if (!evaluator) return;
  try {
    const decision = await evaluator.evaluate(setSelect.value, readFacts(), { asOf: dateInput.value });
    showDecision(decision);
  } catch (error) {
    showIssues(error);
  }
}

function showDecision(decision: Decision): void {
  const l = lang();
  const t = UI[l];
  const outcome = el('p', { id: 'outcome', class: `outcome ${decision.outcome}`, 'data-outcome': decision.outcome }, t.outcome[decision.outcome]);
  const version = el('p', { class: 'version' }, `${t.version}: ${decision.version.validFrom} .. ${decision.version.validUntil ?? ''} · ${decision.version.acts.map((a) => a.citation).join('; ')}`);
  // The facts that the most criteria and outputs wait for come first (a stable sort keeps criterion order among equals).
  const byWeight = [...decision.missingFacts].sort((a, b) => b.neededBy.length - a.neededBy.length);
  const missing = byWeight.length === 0 ? [] : [
    el('h2', {}, t.missing),
    el('ol', { id: 'missing' }, ...byWeight.map((m) => el('li', { 'data-fact': m.fact }, `${m.label[l]} `, el('small', {}, `(${t.neededBy} ${m.neededBy.join(', ')})`)))),
  ];
  const criteria = Object.values(decision.criteria).map((c) =>
    el('details', { class: `criterion ${c.status}`, 'data-criterion': c.id, 'data-status': c.status },
      el('summary', {}, el('span', { class: 'status' }, t.status[c.status]), ` ${c.id}: ${c.title[l]}`),
      el('blockquote', { lang: 'ro' }, c.law.ro),
      el('p', { class: 'gloss' }, c.law.en),
      el('p', { class: 'cite' }, `${c.citation.act}, ${c.citation.location}`)),
  );
  const outputs = Object.values(decision.outputs).map((o) =>
    el('div', { class: 'output', 'data-output': o.id },
      el('strong', {}, `${o.title[l]}: `),
      o.rows.length === 0 ? o.status : o.rows.map((r) => `${Object.entries(r.value).map(([k, v]) => `${k} = ${show(v, l)}`).join(', ')} (${r.reason[l]})`).join('; ')),
  );
  result.replaceChildren(outcome, version, ...missing, el('h2', {}, t.criteria), ...criteria, ...(outputs.length ? [el('h2', {}, t.outputs), ...outputs] : []));
}

function show(value: unknown, l: Lang): string {
  if (typeof value === 'boolean') return value ? UI[l].yes : UI[l].no;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function showIssues(error: unknown): void {
  const issues: readonly Issue[] = error instanceof CnasRulesError ? error.issues : [];
  if (issues.length === 0) throw error;
  const l = lang();
  result.replaceChildren(
    el('p', { id: 'outcome', class: 'outcome refused', 'data-outcome': 'refused' }, UI[l].refused),
    el('ul', { class: 'issues' }, ...issues.map((i) => el('li', {}, `${i.path.join('.')}: ${i.message[l]}`))),
  );
}

function relabel(): void {
  const t = UI[lang()];
  $('label-set').textContent = t.set;
  $('label-date').textContent = t.date;
  $('label-lang').textContent = t.lang;
  document.documentElement.lang = lang();
}

setSelect.append(...Object.keys(bundleLoaders).map((id) => el('option', { value: id }, id)));
setSelect.value = new URLSearchParams(location.search).get('set') ?? 'portable-oxygen';
setSelect.addEventListener('change', () => {
  dateInput.value = '';
  void pickRuleSet();
});
dateInput.addEventListener('change', renderForm);
langSelect.addEventListener('change', () => {
  relabel();
  renderForm();
});
form.addEventListener('input', () => void decide());
form.addEventListener('change', () => void decide());
relabel();
void pickRuleSet().then(() => document.body.setAttribute('data-ready', 'true'));
