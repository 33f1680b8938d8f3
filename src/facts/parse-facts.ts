import { Decimal } from 'decimal.js';
import { isIsoDate } from '../calendar/dates.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { FactDeclaration } from '../ruleset/schema.js';

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

function describeReceived(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Validates supplied facts against the declarations of a version. Every problem is returned; the
 * facts are returned only when there is none.
 */
export function parseFacts(
  input: unknown,
  declarations: Readonly<Record<string, FactDeclaration>>,
): { facts: ParsedFacts; issues: Issue[] } {
  const facts = new Map<string, FactValue>();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { facts, issues: [makeIssue('invalid_facts', ['facts'], { received: describeReceived(input) })] };
  }
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(input)) {
    const path = ['facts', name];
    if (!Object.hasOwn(declarations, name)) {
      issues.push(makeIssue('unknown_fact', path, { fact: name, known: Object.keys(declarations) }));
      continue;
    }
    if (value === null || value === undefined) continue;
    const declaration = declarations[name]!;
    const result = parseOne(value, declaration);
    if ('value' in result) facts.set(name, result.value);
    else if (result.problem === 'type') {
      const expected = TYPE_NAMES[declaration.type];
      issues.push(
        makeIssue('invalid_fact_type', path, { fact: name, expected: expected.en, expectedRo: expected.ro, received: describeReceived(value) }),
      );
    } else {
      issues.push(makeIssue('invalid_fact_value', path, { fact: name, reason: result.problem.en, reasonRo: result.problem.ro, received: describeReceived(value) }));
    }
  }
  return { facts, issues };
}

type ParseResult = { value: FactValue } | { problem: 'type' | { en: string; ro: string } };

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
      const wrong = value.find((item) => !isIsoDate(item));
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
      const ids = declaration.values.map((v) => v.id);
      return ids.includes(value)
        ? { value }
        : { problem: { en: `must be one of ${ids.join(', ')}; received ${describeReceived(value)}`, ro: `trebuie să fie una dintre valorile ${ids.join(', ')}; s-a primit ${describeReceived(value)}` } };
    }
    default:
      return parseNumber(value, declaration);
  }
}

function parseNumber(value: unknown, declaration: Extract<FactDeclaration, { type: 'decimal' | 'integer' }>): ParseResult {
  let decimal: Decimal;
  if (typeof value === 'number' && Number.isFinite(value)) decimal = new Decimal(String(value));
  else if (typeof value === 'string' && DECIMAL_TEXT.test(value)) decimal = new Decimal(value);
  else return { problem: 'type' };
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
