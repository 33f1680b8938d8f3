import { Decimal } from 'decimal.js';
import { isIsoDate } from '../calendar/dates.js';
import { describeValue, findUnsafeCharacter } from '../errors/bounded.js';
import { type Issue, MAX_ISSUES } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { FORBIDDEN_KEYS } from '../ruleset/json-text.js';
import { LIMITS } from '../ruleset/limits.js';
import type { FactDeclaration } from '../ruleset/schema.js';
import { decimalDigits, withinPrecision } from './exact-decimal.js';
import { BOUND_KEYS, type BoundKey, type NumberBound, boundLeavesAValue } from './number-bound.js';

/** A supplied fact after validation: decimals as canonical decimal strings, dates as ISO strings, date lists sorted. */
export type FactValue = string | boolean | readonly string[];

/** Facts after validation. A fact that is absent or `null` is unknown and is simply not in the map. */
export type ParsedFacts = ReadonlyMap<string, FactValue>;

/** Number facts given as bounds only (`{ "lessThan": "1" }`): unknown, but known to lie within them. */
export type ParsedBounds = ReadonlyMap<string, NumberBound>;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

const TYPE_NAMES: Record<FactDeclaration['type'], { en: string; ro: string }> = {
  decimal: {
    en: 'a number (a JSON number or a decimal string such as "69.5"), or bounds such as { "lessThan": "1" }',
    ro: 'un număr (număr JSON sau text zecimal, de ex. "69.5") sau limite, de ex. { "lessThan": "1" }',
  },
  integer: { en: 'a whole number, or bounds such as { "greaterThan": 4 }', ro: 'un număr întreg sau limite, de ex. { "greaterThan": 4 }' },
  boolean: { en: 'true or false', ro: 'true sau false' },
  date: { en: 'a calendar date written YYYY-MM-DD', ro: 'o dată calendaristică de forma AAAA-LL-ZZ' },
  enum: { en: 'one of the allowed values', ro: 'una dintre valorile permise' },
  text: { en: 'a text', ro: 'un text' },
  dateList: { en: 'a list of calendar dates written YYYY-MM-DD', ro: 'o listă de date calendaristice de forma AAAA-LL-ZZ' },
};

const describeReceived = describeValue;

/**
 * Validates supplied facts against the declarations of a version. Every problem is returned (the
 * first {@link MAX_ISSUES}, then a `more_issues` count); the facts are returned only when there is
 * none. The cost is bounded by the input limits of {@link LIMITS}, checked before anything else, and
 * no message echoes more than a clipped, escaped part of a value.
 */
export function parseFacts(
  input: unknown,
  declarations: Readonly<Record<string, FactDeclaration>>,
): { facts: ParsedFacts; bounds: ParsedBounds; issues: Issue[] } {
  const facts = new Map<string, FactValue>();
  const bounds = new Map<string, NumberBound>();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { facts, bounds, issues: [makeIssue('invalid_facts', ['facts'], { received: describeReceived(input) })] };
  }
  const names = Object.keys(input);
  if (names.length > LIMITS.maxFactKeys) {
    const reason = { reason: `it has ${names.length} keys; at most ${LIMITS.maxFactKeys} are accepted`, reasonRo: `are ${names.length} de chei; se acceptă cel mult ${LIMITS.maxFactKeys}` };
    return { facts, bounds, issues: [makeIssue('input_too_large', ['facts'], { what: 'the facts object', whatRo: 'obiectul faptelor', ...reason })] };
  }
  const issues: Issue[] = [];
  let notListed = 0;
  const report = (issue: Issue) => (issues.length < MAX_ISSUES ? issues.push(issue) : (notListed += 1));
  const accepting = acceptorsOf(declarations);
  for (const name of names) {
    const accept = accepting.get(name);
    let value: unknown;
    if (accept !== undefined) {
      // A declared fact: the common value is accepted by its own check, read once; anything else
      // (a problem to word, bounds, a value to rewrite) takes the general path below.
      value = (input as Record<string, unknown>)[name];
      if (value === null || value === undefined) continue;
      const accepted = accept(value);
      if (accepted !== undefined) {
        facts.set(name, accepted);
        continue;
      }
    }
    const path = ['facts', name];
    if (accept === undefined) {
      const problem = keyProblem(name, path, declarations);
      if (problem) {
        report(problem);
        continue;
      }
      value = (input as Record<string, unknown>)[name];
      if (value === null || value === undefined) continue;
    }
    const declaration = declarations[name]!;
    const result = typeof value === 'string' ? (stringProblem(value) ?? parseOne(value, declaration)) : parseOne(value, declaration);
    if ('value' in result) facts.set(name, result.value);
    else if ('bound' in result) bounds.set(name, result.bound);
    else if (result.problem === 'type') {
      const expected = TYPE_NAMES[declaration.type];
      report(makeIssue('invalid_fact_type', path, { fact: name, expected: expected.en, expectedRo: expected.ro, received: describeReceived(value) }));
    } else if ('code' in result.problem) {
      report(makeIssue(result.problem.code, path, { fact: name, received: describeReceived(value), ...result.problem.params }));
    } else {
      report(makeIssue('invalid_fact_value', path, { fact: name, reason: result.problem.en, reasonRo: result.problem.ro, received: describeReceived(value) }));
    }
  }
  if (notListed > 0) issues.push(makeIssue('more_issues', [], { count: notListed }));
  return { facts, bounds, issues };
}

/** Accepts a fact's value as given when it needs no rewriting and has no problem; undefined otherwise (the general path decides). */
type Acceptor = (value: unknown) => FactValue | undefined;

const acceptorsByDeclarations = new WeakMap<Readonly<Record<string, FactDeclaration>>, ReadonlyMap<string, Acceptor>>();

/**
 * One check per declared fact, made once per version: enum ids in a set, number bounds read as
 * doubles where that is exact, dates read without a regular expression. Each accepts only what the
 * general path (`parseOne`) accepts unchanged (test/parse-facts.test.ts compares both).
 * Forbidden keys get none, so they are always reported.
 */
function acceptorsOf(declarations: Readonly<Record<string, FactDeclaration>>): ReadonlyMap<string, Acceptor> {
  let found = acceptorsByDeclarations.get(declarations);
  if (!found) {
    const acceptors = new Map<string, Acceptor>();
    for (const name of Object.keys(declarations)) {
      if (FORBIDDEN_KEYS.has(name)) continue;
      const acceptor = acceptorFor(declarations[name]!);
      if (acceptor) acceptors.set(name, acceptor);
    }
    found = acceptors;
    acceptorsByDeclarations.set(declarations, found);
  }
  return found;
}

export function acceptorFor(declaration: FactDeclaration): Acceptor | undefined {
  switch (declaration.type) {
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : undefined);
    case 'date':
      // A calendar date has ten ASCII characters: never too long, never an unsafe character.
      return (value) => (typeof value === 'string' && isIsoDate(value) ? value : undefined);
    case 'enum': {
      // Only ids the string checks pass are accepted here (the schema's ids all do).
      const ids = new Set([...enumIds(declaration)].filter((id) => stringProblem(id) === undefined));
      return (value) => (typeof value === 'string' && ids.has(value) ? value : undefined);
    }
    case 'decimal':
    case 'integer': {
      const integer = declaration.type === 'integer';
      const min = declaration.min === undefined ? undefined : fitsDouble(declaration.min) ? Number(declaration.min) : Number.NaN;
      const max = declaration.max === undefined ? undefined : fitsDouble(declaration.max) ? Number(declaration.max) : Number.NaN;
      // A bound that a double does not hold exactly leaves every value to the general path (NaN compares false).
      return (value) => {
        const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : undefined) : typeof value === 'string' ? value : undefined;
        // A canonical decimal of at most 15 digits is short and has only digits, a sign and a point.
        if (text === undefined || text === '-0' || !fitsDouble(text) || !CANONICAL_DECIMAL.test(text)) return undefined;
        const point = text.indexOf('.');
        if (point >= 0 && (integer || text.length - point - 1 > LIMITS.decimalFractionDigits)) return undefined;
        const n = Number(text);
        if (min !== undefined && !(n >= min)) return undefined;
        if (max !== undefined && !(n <= max)) return undefined;
        return text;
      };
    }
    default:
      return undefined;
  }
}

/** A key that is not a declared fact: a prototype key, a key with control characters, or simply unknown. */
function keyProblem(name: string, path: string[], declarations: Readonly<Record<string, FactDeclaration>>): Issue | undefined {
  if (FORBIDDEN_KEYS.has(name)) return makeIssue('forbidden_key', path, { key: name });
  if (Object.hasOwn(declarations, name)) return undefined;
  const unsafe = findUnsafeCharacter(name);
  if (unsafe) return makeIssue('forbidden_character', path, { character: unsafe.code });
  return makeIssue('unknown_fact', path, { fact: name, known: Object.keys(declarations) });
}

/** Checks every string value before its type is: its length first, so no later step works on a huge text. */
function stringProblem(value: string): ParseResult | undefined {
  if (value.length > LIMITS.maxFactStringChars) {
    return {
      problem: {
        code: 'input_too_large',
        params: { what: 'the value', whatRo: 'valoarea', reason: `it has ${value.length} characters; at most ${LIMITS.maxFactStringChars} are accepted`, reasonRo: `are ${value.length} de caractere; se acceptă cel mult ${LIMITS.maxFactStringChars}` },
      },
    };
  }
  const unsafe = findUnsafeCharacter(value);
  if (unsafe) return { problem: { code: 'forbidden_character', params: { character: unsafe.code } } };
  return undefined;
}

type CodedProblem = { code: 'input_too_large' | 'forbidden_character' | 'decimal_precision_exceeded'; params: Record<string, unknown> };
export type ParseResult = { value: FactValue } | { bound: NumberBound } | { problem: 'type' | { en: string; ro: string } | CodedProblem };

const PRECISION_EXCEEDED: ParseResult = {
  problem: { code: 'decimal_precision_exceeded', params: { integerDigits: LIMITS.decimalIntegerDigits, fractionDigits: LIMITS.decimalFractionDigits } },
};

/** The general path: every value, with its problem worded. */
export function parseOne(value: unknown, declaration: FactDeclaration): ParseResult {
  switch (declaration.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { problem: 'type' };
    case 'date':
      if (typeof value !== 'string') return { problem: 'type' };
      return isIsoDate(value)
        ? { value }
        : { problem: { en: `is not a calendar date written YYYY-MM-DD: ${describeReceived(value)}`, ro: `nu este o dată calendaristică de forma AAAA-LL-ZZ: ${describeReceived(value)}` } };
    case 'dateList': {
      if (!Array.isArray(value)) return { problem: 'type' };
      if (value.length > declaration.maxItems) {
        return { problem: { en: `has more than ${declaration.maxItems} dates`, ro: `are mai mult de ${declaration.maxItems} de date` } };
      }
      const wrong = (value as unknown[]).find((item) => !isIsoDate(item));
      if (wrong !== undefined) {
        return { problem: { en: `contains ${describeReceived(wrong)}, not a calendar date written YYYY-MM-DD`, ro: `conține ${describeReceived(wrong)}, care nu este o dată de forma AAAA-LL-ZZ` } };
      }
      return { value: [...(value as string[])].sort() };
    }
    case 'text':
      if (typeof value !== 'string') return { problem: 'type' };
      return value.length <= declaration.maxLength
        ? { value }
        : { problem: { en: `is longer than ${declaration.maxLength} characters`, ro: `are mai mult de ${declaration.maxLength} de caractere` } };
    case 'enum': {
      if (typeof value !== 'string') return { problem: 'type' };
      if (enumIds(declaration).has(value)) return { value };
      const ids = declaration.values.map((v) => v.id);
      return { problem: { en: `must be one of ${ids.join(', ')}; received ${describeReceived(value)}`, ro: `trebuie să fie una dintre valorile ${ids.join(', ')}; s-a primit ${describeReceived(value)}` } };
    }
    default:
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? parseBound(value as Record<string, unknown>, declaration) : parseNumber(value, declaration);
  }
}

/**
 * A number stated by bounds (`{ "lessThan": "1" }`, `{ "greaterThan": 4, "lessThanInclusive": 10 }`):
 * the operators of the rule format, at most one lower and one upper bound, each a number the fact
 * accepts, and some value left between them.
 */
function parseBound(value: Record<string, unknown>, declaration: Extract<FactDeclaration, { type: 'decimal' | 'integer' }>): ParseResult {
  const keys = Object.keys(value);
  const unknown = keys.find((key) => !(BOUND_KEYS as readonly string[]).includes(key));
  if (keys.length === 0 || unknown !== undefined) {
    const what = unknown === undefined ? 'is an empty object' : `has the key ${describeReceived(unknown)}`;
    const whatRo = unknown === undefined ? 'este un obiect gol' : `are cheia ${describeReceived(unknown)}`;
    return {
      problem: {
        en: `${what}; bounds are given with ${BOUND_KEYS.join(', ')}`,
        ro: `${whatRo}; limitele se dau cu ${BOUND_KEYS.join(', ')}`,
      },
    };
  }
  if ((keys.includes('lessThan') && keys.includes('lessThanInclusive')) || (keys.includes('greaterThan') && keys.includes('greaterThanInclusive'))) {
    return { problem: { en: 'gives two bounds on the same side', ro: 'dă două limite de aceeași parte' } };
  }
  const bound: Partial<Record<BoundKey, string>> = {};
  for (const key of keys as BoundKey[]) {
    const side = value[key];
    const parsed = typeof side === 'string' ? (stringProblem(side) ?? parseNumber(side, declaration)) : parseNumber(side, declaration);
    if (!('value' in parsed)) {
      if ('problem' in parsed && parsed.problem === 'type') {
        const expected = declaration.type === 'integer' ? { en: 'a whole number', ro: 'un număr întreg' } : { en: 'a number', ro: 'un număr' };
        return { problem: { en: `${key} is not ${expected.en}`, ro: `${key} nu este ${expected.ro}` } };
      }
      return parsed;
    }
    bound[key] = parsed.value as string;
  }
  if (!boundLeavesAValue(bound, declaration.type === 'integer', declaration.min, declaration.max)) {
    return { problem: { en: 'leaves no value the fact can take', ro: 'nu lasă nicio valoare pe care faptul o poate lua' } };
  }
  return { bound };
}

const enumIdSets = new WeakMap<FactDeclaration, ReadonlySet<string>>();

/** The ids an enum fact accepts, as a set built once per declaration. */
function enumIds(declaration: Extract<FactDeclaration, { type: 'enum' }>): ReadonlySet<string> {
  let ids = enumIdSets.get(declaration);
  if (!ids) {
    ids = new Set(declaration.values.map((v) => v.id));
    enumIdSets.set(declaration, ids);
  }
  return ids;
}

/** A decimal written canonically (as `Decimal#toFixed` writes it): no leading zeros, no trailing zeros after the point. */
const CANONICAL_DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** At most 15 significant digits: such decimals compare exactly as doubles (DBL_DIG). */
function fitsDouble(text: string): boolean {
  let digits = text.length;
  if (text.charCodeAt(0) === 45 /* - */) digits--;
  if (text.includes('.')) digits--;
  return digits <= 15;
}

/**
 * The common case without decimal.js: a number already written canonically, within the precision
 * and the declared bounds, compared as doubles where that is exact. Anything else (undefined) takes
 * the general path, which also words the problems.
 */
function acceptedAsWritten(value: unknown, declaration: Extract<FactDeclaration, { type: 'decimal' | 'integer' }>): ParseResult | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : undefined) : typeof value === 'string' ? value : undefined;
  if (text === undefined || text === '-0' || !fitsDouble(text) || !CANONICAL_DECIMAL.test(text)) return undefined;
  const point = text.indexOf('.');
  if (point >= 0 && (declaration.type === 'integer' || text.length - point - 1 > LIMITS.decimalFractionDigits)) return undefined;
  const n = Number(text);
  if (declaration.min !== undefined && !(fitsDouble(declaration.min) && n >= Number(declaration.min))) return undefined;
  if (declaration.max !== undefined && !(fitsDouble(declaration.max) && n <= Number(declaration.max))) return undefined;
  return { value: text };
}

function parseNumber(value: unknown, declaration: Extract<FactDeclaration, { type: 'decimal' | 'integer' }>): ParseResult {
  const asWritten = acceptedAsWritten(value, declaration);
  if (asWritten) return asWritten;
  let decimal: Decimal;
  if (typeof value === 'number' && Number.isFinite(value)) {
    decimal = new Decimal(String(value));
    if (!withinPrecision(decimal)) return PRECISION_EXCEEDED;
  } else if (typeof value === 'string' && DECIMAL_TEXT.test(value)) {
    // Digits are counted on the text, before decimal.js reads it: a long text costs no arithmetic.
    const digits = decimalDigits(value)!;
    if (digits.integer > LIMITS.decimalIntegerDigits || digits.fraction > LIMITS.decimalFractionDigits) return PRECISION_EXCEEDED;
    decimal = new Decimal(value);
  } else return { problem: 'type' };
  if (declaration.type === 'integer' && !decimal.isInteger()) return { problem: 'type' };
  const unit = declaration.unit ? ` ${declaration.unit}` : '';
  if (declaration.min !== undefined && decimal.lessThan(declaration.min)) {
    return { problem: { en: `must be at least ${declaration.min}${unit}; received ${decimal.toFixed()}`, ro: `trebuie să fie cel puțin ${declaration.min}${unit}; s-a primit ${decimal.toFixed()}` } };
  }
  if (declaration.max !== undefined && decimal.greaterThan(declaration.max)) {
    return { problem: { en: `must be at most ${declaration.max}${unit}; received ${decimal.toFixed()}`, ro: `trebuie să fie cel mult ${declaration.max}${unit}; s-a primit ${decimal.toFixed()}` } };
  }
  return { value: decimal.toFixed() };
}
