import type { IssueCode } from './issue.js';

type Params = Readonly<Record<string, unknown>>;
type Messages = { readonly [code in IssueCode]: (params: Params) => string };

const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : String(value));

/** English messages, one per issue code (a test checks both languages cover every code). */
export const MESSAGES_EN: Messages = {
  invalid_facts: () => 'facts must be a JSON object mapping fact names to values',
  unknown_fact: (p) => `"${p.fact}" is not a fact of this rule set version; known facts: ${list(p.known)}`,
  invalid_fact_type: (p) => `"${p.fact}" must be ${p.expected}; received ${p.received}`,
  invalid_fact_value: (p) => `"${p.fact}" ${p.reason}`,
  input_too_large: (p) => `${p.what} is too large: ${p.reason}`,
  forbidden_key: (p) => `the key "${p.key}" is not allowed anywhere (it could change how objects behave)`,
  forbidden_character: (p) => `the text contains the control character ${p.character}, which is not allowed`,
  decimal_precision_exceeded: (p) =>
    `"${p.fact}" has more digits than the library computes exactly (at most ${p.integerDigits} before the decimal point and ${p.fractionDigits} after); received ${p.received}`,
  inconsistent_facts: (p) => `facts ${list(p.facts)} contradict each other (${p.constraint}): ${p.reason}`,
  invalid_as_of: (p) => `asOf must be a calendar date written YYYY-MM-DD; received ${p.received}`,
  unknown_rule_set: (p) => `there is no rule set "${p.ruleSet}"; known rule sets: ${list(p.known)}`,
  not_in_force: (p) =>
    `no version of "${p.ruleSet}" is in force on ${p.asOf}; versions: ${list(p.versions) || 'none'}`,
  invalid_line: (p) => `the input line is not a JSON object of facts: ${p.reason}`,
  batch_worker_failed: (p) =>
    p.line === undefined
      ? `a batch worker failed before any input was read (${p.reason})`
      : `a batch worker failed at input line ${p.line} (${p.reason}): the output holds every line before it and none from it on`,
  decision_table_conflict: (p) =>
    `decision table "${p.output}" has hit policy "unique" but rows ${list(p.rows)} all match`,
  unexpected_error: (p) => `the evaluation failed unexpectedly (${p.reason}); please report this with the input`,
  more_issues: (p) => `and ${p.count} more issues, not listed`,
  not_a_regular_file: (p) => `only regular files are read from a rule tree; this is ${p.kind}`,
  outside_rule_tree: (p) => `the link leads outside the rule tree, to ${p.target}`,
  invalid_encoding: (p) => `the file is not UTF-8 text without a byte order mark: ${p.reason}`,
  duplicate_key: (p) => `the key "${p.key}" appears twice in the same object; only one may be given`,
  unreadable_file: (p) => `the file cannot be read: ${p.reason}`,
  invalid_json: (p) => `the file is not valid JSON: ${p.reason}`,
  file_too_large: (p) => `the file has ${p.size} bytes; at most ${p.limit} are accepted`,
  nesting_too_deep: (p) => `the JSON is nested deeper than ${p.limit} levels`,
  schema_violation: (p) => String(p.reason),
  file_name_mismatch: (p) => `${p.field} is "${p.value}" but the file or folder name says "${p.expected}"`,
  duplicate_id: (p) => `the ${p.kind} id "${p.id}" is used more than once`,
  unknown_reference: (p) => `${p.kind} "${p.id}" is not declared${p.known ? `; declared: ${list(p.known)}` : ''}`,
  operator_not_allowed: (p) => `operator "${p.operator}" cannot be used on ${p.factType} fact "${p.fact}"; allowed: ${list(p.allowed)}`,
  value_not_allowed: (p) => `value ${JSON.stringify(p.value)} does not fit fact "${p.fact}": ${p.reason}`,
  criterion_cycle: (p) => `criteria refer to each other in a cycle: ${list(p.cycle)}`,
  provenance_gap_undeclared: (p) =>
    `act "${p.act}" has no ${list(p.fields)}; declare a sourceGap of kind "provenance" saying why`,
  duplicate_version: (p) => `two versions take effect on ${p.validFrom}: ${list(p.files)}`,
  version_overlap: (p) => `the version of ${p.validFrom} is declared in force until ${p.validUntil}, after the next version starts on ${p.next}`,
  missing_set_file: () => 'the rule set folder has no set.json',
  unknown_tariff_table: (p) => `there is no tariff table "${p.id}"; known tariff tables: ${list(p.known)}`,
  unknown_tariff_row: (p) => `tariff table "${p.ruleSet}" has no row "${p.id}" on ${p.asOf}; rows: ${list(p.known)}`,
  unknown_tariff_column: (p) => `tariff table "${p.ruleSet}" has no column "${p.id}" on ${p.asOf}; columns: ${list(p.known)}`,
  tariff_not_computable: (p) => `column "${p.id}" of tariff table "${p.ruleSet}" gives no amount: ${p.reason}`,
  unknown_parameter: (p) => `there is no parameter "${p.id}" in force on ${p.asOf}; parameters then: ${list(p.known) || 'none'}`,
  invalid_point_value: (p) => `pointValue must be a decimal string greater than zero, such as "3.50"; received ${p.received}`,
  sum_mismatch: (p) => `sum "${p.id}": ${p.reason}`,
  unknown_sum_folder: (p) => `there is no parameters folder "${p.id}"; known parameters folders: ${list(p.known)}`,
  invalid_option: (p) => `option ${p.field} must be ${p.expected}; received ${p.received}`,
};

/** Romanian messages, one per issue code. */
export const MESSAGES_RO: Messages = {
  invalid_facts: () => 'faptele trebuie să fie un obiect JSON care asociază numelor de fapte valori',
  unknown_fact: (p) => `„${p.fact}” nu este un fapt al acestei versiuni a setului de reguli; fapte cunoscute: ${list(p.known)}`,
  invalid_fact_type: (p) => `„${p.fact}” trebuie să fie ${p.expectedRo ?? p.expected}; s-a primit ${p.received}`,
  invalid_fact_value: (p) => `„${p.fact}” ${p.reasonRo ?? p.reason}`,
  input_too_large: (p) => `${p.whatRo ?? p.what} este prea mare: ${p.reasonRo ?? p.reason}`,
  forbidden_key: (p) => `cheia „${p.key}” nu este permisă nicăieri (ar putea schimba comportamentul obiectelor)`,
  forbidden_character: (p) => `textul conține caracterul de control ${p.character}, care nu este permis`,
  decimal_precision_exceeded: (p) =>
    `„${p.fact}” are mai multe cifre decât calculează exact biblioteca (cel mult ${p.integerDigits} înainte de virgulă și ${p.fractionDigits} după); s-a primit ${p.received}`,
  inconsistent_facts: (p) => `faptele ${list(p.facts)} se contrazic (${p.constraint}): ${p.reasonRo ?? p.reason}`,
  invalid_as_of: (p) => `asOf trebuie să fie o dată calendaristică de forma AAAA-LL-ZZ; s-a primit ${p.received}`,
  unknown_rule_set: (p) => `nu există setul de reguli „${p.ruleSet}”; seturi cunoscute: ${list(p.known)}`,
  not_in_force: (p) =>
    `nicio versiune a setului „${p.ruleSet}” nu este în vigoare la ${p.asOf}; versiuni: ${list(p.versions) || 'niciuna'}`,
  invalid_line: (p) => `linia de intrare nu este un obiect JSON de fapte: ${p.reasonRo ?? p.reason}`,
  batch_worker_failed: (p) =>
    p.line === undefined
      ? `un fir de execuție al comenzii batch a eșuat înainte de citirea intrării (${p.reason})`
      : `un fir de execuție al comenzii batch a eșuat la linia de intrare ${p.line} (${p.reason}): ieșirea conține toate liniile dinaintea ei și niciuna de la ea încolo`,
  decision_table_conflict: (p) =>
    `tabelul de decizie „${p.output}” cere o singură potrivire, dar se potrivesc rândurile ${list(p.rows)}`,
  unexpected_error: (p) => `evaluarea a eșuat neașteptat (${p.reason}); vă rugăm să raportați problema împreună cu datele de intrare`,
  more_issues: (p) => `și încă ${p.count} probleme, nelistate`,
  not_a_regular_file: (p) => `dintr-un arbore de reguli se citesc doar fișiere obișnuite; acesta este ${p.kindRo ?? p.kind}`,
  outside_rule_tree: (p) => `legătura duce în afara arborelui de reguli, la ${p.target}`,
  invalid_encoding: (p) => `fișierul nu este text UTF-8 fără marcaj de ordine a octeților: ${p.reasonRo ?? p.reason}`,
  duplicate_key: (p) => `cheia „${p.key}” apare de două ori în același obiect; se poate da o singură dată`,
  unreadable_file: (p) => `fișierul nu poate fi citit: ${p.reason}`,
  invalid_json: (p) => `fișierul nu este JSON valid: ${p.reason}`,
  file_too_large: (p) => `fișierul are ${p.size} octeți; se acceptă cel mult ${p.limit}`,
  nesting_too_deep: (p) => `JSON-ul are mai mult de ${p.limit} niveluri de imbricare`,
  schema_violation: (p) => `structură nepermisă: ${p.reason}`,
  file_name_mismatch: (p) => `${p.field} este „${p.value}”, dar numele fișierului sau al dosarului indică „${p.expected}”`,
  duplicate_id: (p) => `identificatorul ${p.kind} „${p.id}” este folosit de mai multe ori`,
  unknown_reference: (p) => `${p.kind} „${p.id}” nu este declarat${p.known ? `; declarate: ${list(p.known)}` : ''}`,
  operator_not_allowed: (p) =>
    `operatorul „${p.operator}” nu se poate folosi pentru faptul „${p.fact}” de tip ${p.factType}; permise: ${list(p.allowed)}`,
  value_not_allowed: (p) => `valoarea ${JSON.stringify(p.value)} nu se potrivește faptului „${p.fact}”: ${p.reason}`,
  criterion_cycle: (p) => `criteriile se referă unul la altul în cerc: ${list(p.cycle)}`,
  provenance_gap_undeclared: (p) =>
    `actul „${p.act}” nu are ${list(p.fields)}; declarați un sourceGap de tip „provenance” care explică de ce`,
  duplicate_version: (p) => `două versiuni intră în vigoare la ${p.validFrom}: ${list(p.files)}`,
  version_overlap: (p) =>
    `versiunea din ${p.validFrom} este declarată în vigoare până la ${p.validUntil}, după începutul versiunii următoare (${p.next})`,
  missing_set_file: () => 'dosarul setului de reguli nu are fișierul set.json',
  unknown_tariff_table: (p) => `nu există tabelul de tarife „${p.id}”; tabele cunoscute: ${list(p.known)}`,
  unknown_tariff_row: (p) => `tabelul de tarife „${p.ruleSet}” nu are rândul „${p.id}” la ${p.asOf}; rânduri: ${list(p.known)}`,
  unknown_tariff_column: (p) => `tabelul de tarife „${p.ruleSet}” nu are coloana „${p.id}” la ${p.asOf}; coloane: ${list(p.known)}`,
  tariff_not_computable: (p) => `coloana „${p.id}” a tabelului de tarife „${p.ruleSet}” nu dă o sumă: ${p.reasonRo ?? p.reason}`,
  unknown_parameter: (p) => `nu există parametrul „${p.id}” în vigoare la ${p.asOf}; parametri atunci: ${list(p.known) || 'niciunul'}`,
  invalid_point_value: (p) => `pointValue trebuie să fie un număr zecimal mai mare decât zero, scris ca text, de exemplu „3.50”; s-a primit ${p.received}`,
  sum_mismatch: (p) => `suma „${p.id}”: ${p.reasonRo ?? p.reason}`,
  unknown_sum_folder: (p) => `nu există dosarul de parametri „${p.id}”; dosare cunoscute: ${list(p.known)}`,
  invalid_option: (p) => `opțiunea ${p.field} trebuie să fie ${p.expectedRo ?? p.expected}; s-a primit ${p.received}`,
};
