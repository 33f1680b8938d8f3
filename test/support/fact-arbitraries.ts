import fc from 'fast-check';
import { addDays, isIsoDate } from '../../src/calendar/dates.js';
import type { LoadedRuleSet } from '../../src/ruleset/catalog.js';
import type { FactDeclaration } from '../../src/ruleset/schema.js';

/**
 * Generated facts for a rule set, as a careless or hostile caller would send them: mostly valid
 * values (so that decisions are reached), then values at and just past every limit, values of the
 * wrong type, odd keys, and odd evaluation dates.
 */

const ISO = (date: Date) => date.toISOString().slice(0, 10);

const validDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map(ISO);

const oddDates = fc.constantFrom('9999-12-31', '0001-01-01', '2023-02-29', '2024-02-29', '2024-13-01', '2024-00-10', '20240101', '2024-1-1', ' 2024-01-01', '+002024-01-01', '2024-01-01T00:00:00Z');

/** Values of every JavaScript kind that no fact type accepts as such. */
const confused = fc.oneof(
  fc.constantFrom<unknown>([], {}, [[]], { value: 1 }, Number.NaN, Number.POSITIVE_INFINITY, -0, '', ' ', 'true', 'null', 10n, Symbol.for('x'), () => 1, new Date(0), Object.create(null)),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);

function decimalText(scaled: bigint, fractionDigits: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(fractionDigits + 1, '0');
  const text = fractionDigits === 0 ? digits : `${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}`;
  return negative ? `-${text}` : text;
}

/** Valid values only, or a mix of valid, near-valid and wrong-type values. */
export type Mode = 'valid' | 'mixed';

function numberValue(declaration: Extract<FactDeclaration, { type: 'decimal' | 'integer' }>, mode: Mode): fc.Arbitrary<unknown> {
  const fractionDigits = declaration.type === 'integer' ? 0 : 2;
  const scale = 10n ** BigInt(fractionDigits);
  const toScaled = (text: string) => BigInt(Math.round(Number(text) * Number(scale)));
  const min = declaration.min !== undefined ? toScaled(declaration.min) : -1_000_000n * scale;
  const max = declaration.max !== undefined ? toScaled(declaration.max) : 1_000_000n * scale;
  const valid = fc.bigInt({ min, max }).chain((scaled) => {
    const text = decimalText(scaled, fractionDigits);
    return fc.constantFrom<unknown>(text, Number(text));
  });
  const edges = [declaration.min, declaration.max].filter((v): v is string => v !== undefined);
  const near = fc.constantFrom<unknown>(
    ...edges,
    ...edges.map(Number),
    ...edges.map((e) => `${e}.0000000001`),
    ...edges.map((e) => `-${e}`),
    ...edges.map((e) => String(Number(e) + 1)),
    ...edges.map((e) => String(Number(e) - 1)),
    '0',
    '-0',
    '007',
    '1e3',
    '1.',
    '.5',
    '1,5',
    `1${'0'.repeat(15)}`,
    `0.${'1'.repeat(11)}`,
    0.1 + 0.2,
    1e21,
    Number.MAX_SAFE_INTEGER,
    declaration.type === 'integer' ? '1.5' : '1.25',
  );
  if (mode === 'valid') return valid;
  return fc.oneof({ arbitrary: valid, weight: 7 }, { arbitrary: near, weight: 2 }, { arbitrary: confused, weight: 1 });
}

/** A date on or up to ten years before `asOf` (facts dated after the evaluation date are refused as contradictory). */
function dateBefore(asOf: unknown): fc.Arbitrary<string> {
  if (!isIsoDate(asOf) || asOf < '1910-01-01' || asOf > '9000-01-01') return validDate;
  return fc.integer({ min: 0, max: 3653 }).map((days) => addDays(asOf, -days));
}

/** A value for one declared fact: valid, or (mixed) valid, near-valid or of the wrong type. */
export function factValue(declaration: FactDeclaration, mode: Mode = 'mixed', asOf?: unknown): fc.Arbitrary<unknown> {
  const mix = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown>) =>
    mode === 'valid' ? valid : fc.oneof({ arbitrary: valid, weight: 7 }, { arbitrary: near, weight: 2 }, { arbitrary: confused, weight: 1 });
  const validDate = dateBefore(asOf);
  switch (declaration.type) {
    case 'decimal':
    case 'integer':
      return numberValue(declaration, mode);
    case 'boolean':
      return mix(fc.boolean(), fc.constantFrom('true', 'false', 0, 1, 'yes'));
    case 'date':
      return mix(validDate, oddDates);
    case 'enum': {
      const ids = declaration.values.map((v) => v.id);
      return mix(fc.constantFrom(...ids), fc.constantFrom(...ids.map((id) => id.toUpperCase()), ...ids.map((id) => `${id} `), 'other', [ids[0]]));
    }
    case 'text':
      return mix(
        fc.string({ maxLength: Math.min(declaration.maxLength, 60) }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/.test(s)),
        fc.constantFrom('a\u0000b', '\u001b[2J', 'x\u202ey', 'x'.repeat(declaration.maxLength + 1), 'ok'),
      );
    case 'dateList':
      return mix(
        fc.array(validDate, { maxLength: 12 }),
        fc.oneof(
          fc.array(fc.oneof(validDate, oddDates), { minLength: 1, maxLength: 5 }),
          fc.constant(Array.from({ length: declaration.maxItems + 1 }, () => '2020-01-01')),
        ),
      );
  }
}

/** Keys a caller should not send: unknown names, prototype keys, control characters, long names. */
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'a\u0000b', '\u001b[31m', 'x'.repeat(5_000), 'asOf', 'facts'),
  fc.string({ maxLength: 12 }),
);

/** Every fact any version of the set declares, by id (a later version's declaration wins). */
export function declaredFacts(set: LoadedRuleSet): Map<string, FactDeclaration> {
  const facts = new Map<string, FactDeclaration>();
  for (const version of set.versions) for (const [id, declaration] of Object.entries(version.data.facts)) facts.set(id, declaration);
  return facts;
}

/**
 * A facts object for the set: each declared fact absent, null or given a generated value (all valid
 * in half the runs, so decisions are reached; any mix in the others, with now and then an odd key).
 * Written with defineProperty so that `__proto__` is an own key, as JSON.parse makes it.
 */
export function factsFor(set: LoadedRuleSet, asOf?: unknown): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom<Mode>('valid', 'mixed').chain((mode) => factsIn(set, mode, asOf));
}

function factsIn(set: LoadedRuleSet, mode: Mode, asOf: unknown): fc.Arbitrary<Record<string, unknown>> {
  const entries = [...declaredFacts(set)].map(([id, declaration]) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: factValue(declaration, mode, asOf), weight: 6 }).map((value) => [id, value] as const),
  );
  const none = fc.constant([] as Array<[string, unknown]>);
  const odd = mode === 'valid' ? none : fc.oneof({ arbitrary: none, weight: 4 }, { arbitrary: fc.array(fc.tuple(oddKey, confused), { minLength: 1, maxLength: 3 }), weight: 1 });
  return fc.tuple(fc.tuple(...entries), odd).map(([declared, extra]) => {
    const facts: Record<string, unknown> = {};
    for (const [id, value] of [...declared, ...extra]) {
      if (value !== undefined) Object.defineProperty(facts, id, { value, enumerable: true, writable: true, configurable: true });
    }
    return facts;
  });
}

/** An evaluation date, then facts for it. */
export function inputFor(set: LoadedRuleSet): fc.Arbitrary<{ facts: Record<string, unknown>; asOf: unknown }> {
  return asOfFor(set).chain((asOf) => factsFor(set, asOf).map((facts) => ({ facts, asOf })));
}

/** Evaluation dates: mostly days in or near the set's versions, sometimes odd values of any kind. */
export function asOfFor(set: LoadedRuleSet): fc.Arbitrary<unknown> {
  const starts = set.versions.map((v) => v.data.validFrom);
  const near = fc.tuple(fc.constantFrom(...starts), fc.integer({ min: -30, max: 3 * 366 })).map(([start, days]) => addDays(start, days));
  const edges = fc.constantFrom(...starts, ...starts.map((s) => addDays(s, -1)), '9999-12-31', '9999-10-01', '0001-01-01');
  return fc.oneof({ arbitrary: near, weight: 8 }, { arbitrary: edges, weight: 1 }, { arbitrary: fc.oneof(oddDates, confused, fc.constant(undefined)), weight: 1 });
}
