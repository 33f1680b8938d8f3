import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledRulesDir } from '../../src/bundled-rules.js';

/**
 * Hostile rule trees, each with the refusal it must get. Every entry starts from a small valid tree
 * (the portable-oxygen rule set and the program-tariffs parameters) and changes one thing. Entries
 * that need the file system (FIFOs, devices, links, 10 MB files) are built, not stored, so the
 * corpus lives here as data: the file it changes, the change, and the expected code and JSON path.
 */

/** A marker that a payload would set if anything ever ran it. */
export const PWNED_GLOBAL = '__cnasRulesPwned';
/** A file that a payload would create if anything ever ran it. */
export const PWNED_FILE = join(tmpdir(), `cnas-rules-pwned-${process.pid}`);

const RUN_CODE = `globalThis.${PWNED_GLOBAL}=1;require('fs').writeFileSync(${JSON.stringify(PWNED_FILE)},'x')`;
/** JSONPath filter expressions that run code in jsonpath-plus (CVE-2024-21534 and the like). */
const JSONPATH_PAYLOADS = [
  `$..[?(@.constructor.constructor("${RUN_CODE}")())]`,
  `$[?(@property != 0 && (this.constructor.constructor("${RUN_CODE}"))())]`,
  `$..[?(@.constructor[( @.getPrototypeOf(@).constructor('${RUN_CODE}')() )])]`,
];

export const VERSION = join('portable-oxygen', '2023-07-01.json');
export const CASES = join('portable-oxygen', '2023-07-01.cases.json');
export const SET = join('portable-oxygen', 'set.json');

export interface Expected {
  readonly code: string;
  /** The file the issue names, relative to the tree. */
  readonly file: string;
  /** The JSON path of the issue; omitted where it depends on the reader (e.g. a path inside a deep file). */
  readonly path?: ReadonlyArray<string | number>;
}

export interface HostileTree {
  readonly name: string;
  readonly build: (root: string) => void;
  readonly expected: Expected;
  /** Why the entry cannot be built here (e.g. no mknod), or undefined. */
  readonly unavailable?: () => string | undefined;
}

type Json = Record<string, any>;

function readJson(root: string, file: string): Json {
  return JSON.parse(readFileSync(join(root, file), 'utf8')) as Json;
}

/** Edits the version file as data. */
function version(edit: (v: Json) => void): (root: string) => void {
  return (root) => {
    const v = readJson(root, VERSION);
    edit(v);
    writeFileSync(join(root, VERSION), JSON.stringify(v));
  };
}

/** Edits the version file as text (for what JSON.stringify cannot write: duplicate keys, raw bytes). */
function versionText(edit: (text: string) => string | Buffer, file = VERSION): (root: string) => void {
  return (root) => writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
}

const PLACEHOLDER = 'cnasPlaceholderKey';

/**
 * Adds the key `key` (which JSON.stringify cannot write as an own key when it is `__proto__`) to the
 * object that `target` picks in a file: a placeholder key is written, then renamed in the text.
 */
function withKey(key: string, target: (doc: Json) => Json, file = VERSION, written = JSON.stringify(key)): (root: string) => void {
  return (root) => {
    const doc = readJson(root, file);
    target(doc)[PLACEHOLDER] = { polluted: true };
    writeFileSync(join(root, file), JSON.stringify(doc, null, 2).replace(`"${PLACEHOLDER}"`, written));
  };
}

const cond = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
const criterion = (id: string, when: unknown) => ({
  id,
  title: { ro: id, en: id },
  law: { ro: id, en: id },
  cite: { act: 'norms', location: 'x', source: 'seed' },
  when,
});

function mknodAvailable(): string | undefined {
  try {
    execFileSync('mknod', ['--version'], { stdio: 'ignore' });
    return process.getuid?.() === 0 ? undefined : 'making a device needs root';
  } catch {
    return 'no mknod command';
  }
}

function mkfifoAvailable(): string | undefined {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'no mkfifo command';
  }
}

/** A small valid tree to change: one rule set and the parameters folder its outputs may name. */
export function baseTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'cnas-hostile-'));
  for (const set of ['portable-oxygen', 'program-tariffs']) cpSync(join(bundledRulesDir(), set), join(root, set), { recursive: true });
  return root;
}

export const HOSTILE_TREES: readonly HostileTree[] = [
  // JSONPath: json-rules-engine hands a condition's `path` (and a value's `{fact, path}`) to jsonpath-plus.
  ...JSONPATH_PAYLOADS.map((payload, i) => ({
    name: `JSONPath payload ${i + 1} as a condition path`,
    build: version((v) => (v.criteria[0].when.path = payload)),
    expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 0, 'when'] },
  })),
  {
    name: 'JSONPath payload in a fact reference used as a value',
    build: version((v) => (v.criteria[0].when.value = { fact: 'hasStationaryLtotIndication', path: JSONPATH_PAYLOADS[0] })),
    expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 0, 'when', 'value'] },
  },
  {
    name: 'JSONPath payload as condition params',
    build: version((v) => (v.criteria[0].when.params = { path: JSONPATH_PAYLOADS[1] })),
    expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 0, 'when'] },
  },
  // Prototype keys, in every kind of position.
  ...(['__proto__', 'constructor', 'prototype'] as const).flatMap((key) => [
    { name: `${key} at the top of a version`, build: withKey(key, (v) => v), expected: { code: 'forbidden_key', file: VERSION, path: [key] } },
    { name: `${key} in the facts record`, build: withKey(key, (v) => v.facts), expected: { code: 'forbidden_key', file: VERSION, path: ['facts', key] } },
    { name: `${key} in a fact declaration`, build: withKey(key, (v) => v.facts.fev1VcRatioPct), expected: { code: 'forbidden_key', file: VERSION, path: ['facts', 'fev1VcRatioPct', key] } },
    { name: `${key} in the acts record`, build: withKey(key, (v) => v.provenance.acts), expected: { code: 'forbidden_key', file: VERSION, path: ['provenance', 'acts', key] } },
    { name: `${key} in a condition`, build: withKey(key, (v) => v.criteria[1].when.any[0]), expected: { code: 'forbidden_key', file: VERSION, path: ['criteria', 1, 'when', 'any', 0, key] } },
    { name: `${key} in the then of an output row`, build: withKey(key, (v) => v.outputs[0].rows[0].then), expected: { code: 'forbidden_key', file: VERSION, path: ['outputs', 0, 'rows', 0, 'then', key] } },
    { name: `${key} in the facts of a case`, build: withKey(key, (c) => c.cases[0].facts, CASES), expected: { code: 'forbidden_key', file: CASES, path: ['cases', 0, 'facts', key] } },
    { name: `${key} in the expected outputs of a case`, build: withKey(key, (c) => c.cases[0].expect, CASES), expected: { code: 'forbidden_key', file: CASES, path: ['cases', 0, 'expect', key] } },
    { name: `${key} in set.json`, build: withKey(key, (s) => s, SET), expected: { code: 'forbidden_key', file: SET, path: [key] } },
  ]),
  { name: '__proto__ written with a unicode escape', build: withKey('__proto__', (v) => v, VERSION, '"\\u005f_proto__"'), expected: { code: 'forbidden_key', file: VERSION, path: ['__proto__'] } },
  // Operators and values.
  { name: 'an operator the library does not define', build: version((v) => (v.criteria[0].when.operator = 'regex')), expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 0, 'when', 'operator'] } },
  { name: 'a comparison operator on a boolean fact', build: version((v) => (v.criteria[0].when.operator = 'lessThan')), expected: { code: 'operator_not_allowed', file: VERSION, path: ['criteria', 0, 'when', 'operator'] } },
  { name: 'a number where a decimal string is required', build: version((v) => (v.criteria[1].when.any[0].value = 70)), expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 1, 'when', 'any', 0, 'value'] } },
  { name: 'a threshold beyond the decimal precision', build: version((v) => (v.criteria[1].when.any[0].value = '70.00000000001')), expected: { code: 'value_not_allowed', file: VERSION, path: ['criteria', 1, 'when', 'any', 0, 'value'] } },
  // Size and shape.
  { name: 'a 10 MB file', build: (root) => writeFileSync(join(root, VERSION), `{"x": "${'a'.repeat(10 * 1024 * 1024)}"}`), expected: { code: 'file_too_large', file: VERSION, path: [] } },
  { name: '10 000-deep nesting', build: (root) => writeFileSync(join(root, VERSION), `${'['.repeat(10_000)}${']'.repeat(10_000)}`), expected: { code: 'nesting_too_deep', file: VERSION } },
  { name: '10 000-deep conditions', build: (root) => writeFileSync(join(root, VERSION), `{"criteria": [{"when": ${'{"not": '.repeat(10_000)}{}${'}'.repeat(10_000)}}]}`), expected: { code: 'nesting_too_deep', file: VERSION } },
  { name: '100 000 criteria', build: version((v) => (v.criteria = Array.from({ length: 100_000 }, () => ({})))), expected: { code: 'input_too_large', file: VERSION, path: ['criteria'] } },
  { name: 'a huge atLeast', build: version((v) => (v.outcome = { atLeast: 1e12, of: [{ criterion: v.criteria[0].id }] })), expected: { code: 'schema_violation', file: VERSION, path: ['outcome', 'atLeast'] } },
  { name: 'an atLeast of 1e999 (Infinity)', build: versionText((t) => t.replace(/\n}\s*$/, ',\n"outcome": {"atLeast": 1e999, "of": [{"criterion": "x"}]}\n}')), expected: { code: 'schema_violation', file: VERSION, path: ['outcome', 'atLeast'] } },
  { name: 'a text of 30 000 characters in a law', build: version((v) => (v.criteria[0].law.en = 'x'.repeat(30_000))), expected: { code: 'schema_violation', file: VERSION, path: ['criteria', 0, 'law', 'en'] } },
  // References and ids.
  {
    name: 'criteria that refer to each other in a cycle',
    build: version((v) => v.criteria.push(criterion('loop-a', { criterion: 'loop-b' }), criterion('loop-b', { criterion: 'loop-a' }))),
    expected: { code: 'criterion_cycle', file: VERSION },
  },
  { name: 'a reference to a missing criterion', build: version((v) => v.criteria.push(criterion('dangling', { criterion: 'no-such' }))), expected: { code: 'unknown_reference', file: VERSION } },
  { name: 'a reference to an undeclared fact', build: version((v) => (v.criteria[0].when = cond('noSuchFact', 'equal', true))), expected: { code: 'unknown_reference', file: VERSION, path: ['criteria', 0, 'when', 'fact'] } },
  { name: 'duplicate criterion ids', build: version((v) => v.criteria.push({ ...v.criteria[0] })), expected: { code: 'duplicate_id', file: VERSION } },
  {
    name: 'a duplicate JSON key (the reviewer reads lessThan, JSON.parse runs greaterThan)',
    build: (root) => {
      const leaf = '{"fact":"fev1VcRatioPct","operator":"lessThan","value":"70"}';
      const twice = '{"fact":"fev1VcRatioPct","operator":"lessThan","value":"70","operator":"greaterThan"}';
      writeFileSync(join(root, VERSION), JSON.stringify(readJson(root, VERSION)).replace(leaf, twice));
    },
    expected: { code: 'duplicate_key', file: VERSION, path: ['criteria', 1, 'when', 'any', 0, 'operator'] },
  },
  { name: 'a duplicate case id', build: (root) => { const c = readJson(root, CASES); c.cases.push(c.cases[0]); writeFileSync(join(root, CASES), JSON.stringify(c)); }, expected: { code: 'duplicate_id', file: CASES } },
  { name: 'an output naming an unknown parameter', build: version((v) => (v.outputs[0].rows[0].then.maximum = { parameter: 'program-tariffs/noSuch' })), expected: { code: 'unknown_reference', file: VERSION, path: ['outputs', 0, 'rows', 0, 'then', 'maximum', 'parameter'] } },
  // Versions and dates.
  {
    name: 'overlapping versions',
    build: (root) => {
      const v = readJson(root, VERSION);
      writeFileSync(join(root, VERSION), JSON.stringify({ ...v, validUntil: '2030-01-01' }));
      writeFileSync(join(root, 'portable-oxygen', '2025-01-01.json'), JSON.stringify({ ...v, validFrom: '2025-01-01' }));
    },
    expected: { code: 'version_overlap', file: VERSION, path: ['validUntil'] },
  },
  { name: "a version claiming another set's id", build: version((v) => (v.ruleSet = 'pet-ct')), expected: { code: 'file_name_mismatch', file: VERSION, path: ['ruleSet'] } },
  { name: 'an invalid date (30 February)', build: version((v) => (v.provenance.checkedOn = '2023-02-30')), expected: { code: 'schema_violation', file: VERSION, path: ['provenance', 'checkedOn'] } },
  { name: 'a date with a time', build: version((v) => (v.validFrom = '2023-07-01T00:00:00Z')), expected: { code: 'schema_violation', file: VERSION, path: ['validFrom'] } },
  // Encoding and characters.
  { name: 'a byte order mark', build: versionText((t) => `\uFEFF${t}`), expected: { code: 'invalid_encoding', file: VERSION, path: [] } },
  { name: 'bytes that are not UTF-8', build: versionText((t) => Buffer.concat([Buffer.from(t.slice(0, 100)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(t.slice(100))])), expected: { code: 'invalid_encoding', file: VERSION, path: [] } },
  { name: 'a raw NUL byte in a string', build: versionText((t) => t.replace('"ruleSet": "portable-oxygen"', '"ruleSet": "portable-oxygen\u0000"')), expected: { code: 'forbidden_character', file: VERSION, path: ['ruleSet'] } },
  { name: 'an escaped NUL in a law text', build: version((v) => (v.criteria[0].law.ro = 'text\u0000')), expected: { code: 'forbidden_character', file: VERSION, path: ['criteria', 0, 'law', 'ro'] } },
  { name: 'a terminal escape in a title', build: version((v) => (v.criteria[0].title.en = '\u001b]0;pwned\u0007\u001b[2J')), expected: { code: 'forbidden_character', file: VERSION, path: ['criteria', 0, 'title', 'en'] } },
  { name: 'a bidirectional override in a law text', build: version((v) => (v.criteria[0].law.en = 'met \u202e tem')), expected: { code: 'forbidden_character', file: VERSION, path: ['criteria', 0, 'law', 'en'] } },
  { name: 'a lone surrogate', build: versionText((t) => t.replace('"ruleSet": "portable-oxygen"', '"ruleSet": "\\ud800"')), expected: { code: 'forbidden_character', file: VERSION, path: ['ruleSet'] } },
  { name: 'a control character in a key', build: withKey('a\u001bb', (v) => v), expected: { code: 'forbidden_character', file: VERSION, path: [] } },
  { name: 'text that is not JSON', build: (root) => writeFileSync(join(root, VERSION), '{"ruleSet": "portable-oxygen",'), expected: { code: 'invalid_json', file: VERSION } },
  // Files that are not regular files, and links.
  {
    name: 'a FIFO named like a version',
    build: (root) => execFileSync('mkfifo', [join(root, 'portable-oxygen', '2021-01-01.json')]),
    expected: { code: 'not_a_regular_file', file: join('portable-oxygen', '2021-01-01.json'), path: [] },
    unavailable: mkfifoAvailable,
  },
  {
    name: 'a character device named like a version',
    build: (root) => execFileSync('mknod', [join(root, 'portable-oxygen', '2021-01-01.json'), 'c', '1', '5']),
    expected: { code: 'not_a_regular_file', file: join('portable-oxygen', '2021-01-01.json'), path: [] },
    unavailable: mknodAvailable,
  },
  { name: 'a link to /dev/zero', build: (root) => symlinkSync('/dev/zero', join(root, 'portable-oxygen', '2021-01-01.json')), expected: { code: 'outside_rule_tree', file: join('portable-oxygen', '2021-01-01.json'), path: [] } },
  { name: 'a dangling link', build: (root) => symlinkSync(join(root, 'nowhere.json'), join(root, 'portable-oxygen', '2021-01-01.json')), expected: { code: 'unreadable_file', file: join('portable-oxygen', '2021-01-01.json'), path: [] } },
  {
    name: 'a link loop',
    build: (root) => {
      symlinkSync(join(root, 'portable-oxygen', '2022-01-01.json'), join(root, 'portable-oxygen', '2021-01-01.json'));
      symlinkSync(join(root, 'portable-oxygen', '2021-01-01.json'), join(root, 'portable-oxygen', '2022-01-01.json'));
    },
    expected: { code: 'unreadable_file', file: join('portable-oxygen', '2021-01-01.json'), path: [] },
  },
  {
    name: 'a link to a file outside the tree',
    build: (root) => {
      const outside = mkdtempSync(join(tmpdir(), 'cnas-outside-'));
      cpSync(join(root, VERSION), join(outside, 'secret.json'));
      symlinkSync(join(outside, 'secret.json'), join(root, 'portable-oxygen', '2021-01-01.json'));
    },
    expected: { code: 'outside_rule_tree', file: join('portable-oxygen', '2021-01-01.json'), path: [] },
  },
  { name: 'a relative link that climbs out of the tree', build: (root) => symlinkSync('../../../../../../../../etc/hostname', join(root, 'portable-oxygen', '2021-01-01.json')), expected: { code: 'outside_rule_tree', file: join('portable-oxygen', '2021-01-01.json'), path: [] } },
  {
    name: 'a rule set folder that is a link out of the tree',
    build: (root) => {
      const outside = mkdtempSync(join(tmpdir(), 'cnas-outside-'));
      symlinkSync(outside, join(root, 'elsewhere'));
    },
    expected: { code: 'outside_rule_tree', file: 'elsewhere', path: [] },
  },
  { name: 'a folder named like a version', build: (root) => mkdirSync(join(root, 'portable-oxygen', '2021-01-01.json')), expected: { code: 'not_a_regular_file', file: join('portable-oxygen', '2021-01-01.json'), path: [] } },
];
