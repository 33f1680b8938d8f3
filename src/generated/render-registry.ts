import type { RuleCatalog } from '../ruleset/catalog.js';
import type { FactDeclaration } from '../ruleset/schema.js';

function tsType(fact: FactDeclaration): string {
  switch (fact.type) {
    case 'decimal':
    case 'integer':
      return 'number | string | NumberBoundInput';
    case 'boolean':
      return 'boolean';
    case 'date':
    case 'text':
      return 'string';
    case 'dateList':
      return 'readonly string[]';
    case 'enum':
      return fact.values.map((v) => JSON.stringify(v.id)).join(' | ');
  }
}

const union = (items: Iterable<string>) => [...new Set(items)].map((i) => JSON.stringify(i)).join(' | ') || 'never';

/**
 * The TypeScript registry of a rule tree: for each rule set, the facts it takes (every fact of every
 * version, all optional, since a missing fact is unknown) and the ids of its criteria and outputs.
 */
export function renderRegistry(catalog: RuleCatalog): string {
  const sets = [...catalog.values()].map((set) => {
    const facts = new Map<string, { types: Set<string>; label: string; unit?: string }>();
    for (const version of set.versions) {
      for (const [id, fact] of Object.entries(version.data.facts)) {
        const entry = facts.get(id) ?? { types: new Set<string>(), label: fact.label.en };
        entry.types.add(tsType(fact));
        if ((fact.type === 'decimal' || fact.type === 'integer') && fact.unit) entry.unit = fact.unit;
        facts.set(id, entry);
      }
    }
    const factLines = [...facts].map(
      ([id, { types, label, unit }]) =>
        `      /** ${label}${unit ? ` (${unit})` : ''} */\n      readonly ${id}?: ${[...types].join(' | ')} | null;`,
    );
    const criteria = union(set.versions.flatMap((v) => v.data.criteria.map((c) => c.id)));
    const outputs = union(set.versions.flatMap((v) => v.data.outputs.map((o) => o.id)));
    return [
      `  /** ${set.meta.title.en} */`,
      `  ${JSON.stringify(set.id)}: {`,
      `    facts: {`,
      ...factLines,
      `    };`,
      `    criteria: ${criteria};`,
      `    outputs: ${outputs};`,
      `  };`,
    ].join('\n');
  });
  return [
    '// Generated from the bundled rule files by `npm run generate`. Do not edit by hand.',
    '',
    '/** A number known only within bounds (`{ lessThan: "1" }`): at most one bound on each side. */',
    'export type NumberBoundInput = {',
    '  readonly lessThan?: number | string;',
    '  readonly lessThanInclusive?: number | string;',
    '  readonly greaterThan?: number | string;',
    '  readonly greaterThanInclusive?: number | string;',
    '};',
    '',
    '/** The bundled rule sets: the facts each takes and the ids of its criteria and outputs. */',
    'export type BundledRegistry = {',
    sets.join('\n'),
    '};',
    '',
    '/** The id of a bundled rule set. */',
    'export type BundledRuleSetId = keyof BundledRegistry;',
    '',
  ].join('\n');
}
