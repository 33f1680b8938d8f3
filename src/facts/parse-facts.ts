import { Decimal } from 'decimal.js';
import { isIsoDate } from '../calendar/dates.js';
import { describeValue, findUnsafeCharacter } from '../errors/bounded.js';
import { type Issue, MAX_ISSUES } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import { FORBIDDEN_KEYS } from '../ruleset/json-text.js';
import { LIMITS } from '../ruleset/limits.js';
import type { FactDeclaration } from '../ruleset/schema.js';
import { decimalDigits, withinPrecision } from './exact-decimal.js';

/** A supplied fact after validation: decimals as canonical decimal strings, dates as ISO strings, date lists sorted. */
export type FactValue = string | boolean | readonly string[];

/** Facts after validation. A fact that is absent or `null` is unknown and is simply not in the map. */
export type ParsedFacts = ReadonlyMap<string, FactValue>;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

const TYPE_NAMES: Record<FactDeclaration['type'], { en: string; ro: string }> = {
  decimal: { en: 'a number (a JSON number or a decimal string such as "69.5")', ro: 'un număr (număr JSON sau text zecimal, de ex. "69.5")' },
  integer: { en: 'a whole number', ro: 'un număr întreg' },
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
): { facts: ParsedFacts; issues: Issue[] } {
  const facts = new Map<string, FactValue>();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { facts, issues: [makeIssue('invalid_facts', ['facts'], { received: describeReceived(input) })] };
  }
  const names = Object.keys(input);
  if (names.length > LIMITS.maxFactKeys) {
    const reason = { reason: `it has ${names.length} keys; at most ${LIMITS.maxFactKeys} are accepted`, reasonRo: `are ${names.length} de chei; se acceptă cel mult ${LIMITS.maxFactKeys}` };
    return { facts, issues: [makeIssue('input_too_large', ['facts'], { what: 'the facts object', whatRo: 'obiectul faptelor', ...reason })] };
  }
  const issues: Issue[] = [];
  let notListed = 0;
  const report = (issue: Issue) => (issues.length < MAX_ISSUES ? issues.push(issue) : (notListed += 1));
  for (const name of names) {
    const path = ['facts', name];
    const problem = keyProblem(name, path, declarations);
    if (problem) {
      report(problem);
      continue;
    }
    const value: unknown = (input as Record<string, unknown>)[name];
    if (value === null || value === undefined) continue;
    const declaration = declarations[name]!;
    const result = typeof value === 'string' ? (stringProblem(value) ?? parseOne(value, declaration)) : parseOne(value, declaration);
    if ('value' in result) facts.set(name, result.value);
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
  return { facts, issues };
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
type ParseResult = { value: FactValue } | { problem: 'type' | { en: string; ro: string } | CodedProblem };

const PRECISION_EXCEEDED: ParseResult = {
  problem: { code: 'decimal_precision_exceeded', params: { integerDigits: LIMITS.decimalIntegerDigits, fractionDigits: LIMITS.decimalFractionDigits } },
};

function parseOne(value: unknown, declaration: FactDeclaration): ParseResult {
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
      return ids.includes(value)
        ? { value }
        : { problem: { en: `must be one of ${ids.join(', ')}; received ${describeReceived(value)}`, ro: `trebuie să fie una dintre valorile ${ids.join(', ')}; s-a primit ${describeReceived(value)}` } };
    }
    default:
      return parseNumber(value, declaration);
  }
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
