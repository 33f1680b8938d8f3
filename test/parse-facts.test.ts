import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/create-evaluator.js';
import { acceptorFor, parseOne } from '../src/facts/parse-facts.js';
import type { FactDeclaration } from '../src/ruleset/schema.js';

const evaluator = createEvaluator();
const declarations: FactDeclaration[] = [];
for (const set of evaluator.catalog.values()) for (const version of set.versions) declarations.push(...Object.values(version.data.facts));

/** Values around what each type accepts: boundaries, rewritings, wrong types, hostile texts. */
function samplesFor(declaration: FactDeclaration): unknown[] {
  const common: unknown[] = [true, false, 0, -0, 1, '', 'x', [], {}, '\u0000', 'a\u202eb', Number.NaN, Number.POSITIVE_INFINITY];
  switch (declaration.type) {
    case 'date':
      return [...common, '2024-02-29', '2023-02-29', '2025-03-10', '0001-01-01', '9999-12-31', '2025-3-10', '2025-03-10T00:00', ' 2025-03-10', '２０２５-03-10'];
    case 'enum':
      return [...common, ...declaration.values.map((v) => v.id), ...declaration.values.map((v) => `${v.id} `), ...declaration.values.map((v) => v.id.toUpperCase())];
    case 'decimal':
    case 'integer': {
      const edges = [declaration.min, declaration.max].filter((v): v is string => v !== undefined);
      const around = edges.flatMap((edge) => [edge, `${edge}.0`, `${edge}.5`, `-${edge}`, Number(edge), Number(edge) + 0.5, Number(edge) - 1, Number(edge) + 1]);
      return [
        ...common, ...around, '0', '-0', '0.0', '00', '070', '70', '69.5', '69.50', 69.5, 70, 1e21, 1e-7, '1e3', '.5', '5.',
        '123456789012345', '1234567890123456', '0.123456789', '-1', -1, '12345678901234.5', 0.1 + 0.2, { lessThan: '1' },
      ];
    }
    default:
      return common;
  }
}

describe('the check made once per declared fact accepts only what the general path accepts unchanged', () => {
  it('agrees with parseOne on values around every declaration of every bundled version', () => {
    let accepted = 0;
    for (const declaration of declarations) {
      const accept = acceptorFor(declaration);
      if (!accept) continue;
      for (const value of samplesFor(declaration)) {
        const fast = accept(value);
        if (fast === undefined) continue;
        accepted += 1;
        expect(parseOne(value, declaration), `${declaration.type} ${JSON.stringify(value)}`).toEqual({ value: fast });
      }
    }
    // The checks do accept the common values (a check that accepts nothing would pass the loop above).
    expect(accepted).toBeGreaterThan(declarations.length);
  });
});
