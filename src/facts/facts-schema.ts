import type { FactDeclaration, RuleVersionFile } from '../ruleset/schema.js';
import { BOUND_KEYS } from './number-bound.js';

const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';

function factSchema(fact: FactDeclaration): Record<string, unknown> {
  const described = { title: fact.label.en, description: `${fact.label.ro}${fact.description ? ` — ${fact.description.en}` : ''}` };
  switch (fact.type) {
    case 'boolean':
      return { ...described, type: ['boolean', 'null'] };
    case 'date':
      return { ...described, type: ['string', 'null'], format: 'date' };
    case 'text':
      return { ...described, type: ['string', 'null'], maxLength: fact.maxLength };
    case 'dateList':
      return { ...described, type: ['array', 'null'], items: { type: 'string', format: 'date' }, maxItems: fact.maxItems };
    case 'enum':
      return { ...described, enum: [...fact.values.map((v) => v.id), null] };
    default: {
      const bounds = { ...(fact.min !== undefined ? { minimum: Number(fact.min) } : {}), ...(fact.max !== undefined ? { maximum: Number(fact.max) } : {}) };
      const number = fact.type === 'integer' ? { type: 'integer', ...bounds } : { type: 'number', ...bounds };
      const text = { type: 'string', pattern: fact.type === 'integer' ? '^-?\\d+$' : DECIMAL_PATTERN };
      // A value known only within bounds ("below 1 %"): at most one bound on each side, checked by `evaluate`.
      const bound = {
        type: 'object',
        description: 'The value is known only within these bounds.',
        properties: Object.fromEntries(BOUND_KEYS.map((key) => [key, { anyOf: [number, text] }])),
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 2,
      };
      return {
        ...described,
        ...(fact.unit ? { 'x-unit': fact.unit } : {}),
        anyOf: [number, text, bound, { type: 'null' }],
      };
    }
  }
}

/**
 * A JSON Schema (2020-12) of the facts a version takes, for forms and API gateways. Every fact is
 * optional, since a fact left out is unknown; unknown names are refused, as `evaluate` refuses them.
 * The schema checks shapes; ranges are checked exactly (as decimals) by `evaluate` itself.
 */
export function factsJsonSchema(version: RuleVersionFile): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${version.ruleSet} facts, version in force from ${version.validFrom}`,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(version.facts).map(([id, fact]) => [id, factSchema(fact)])),
  };
}
