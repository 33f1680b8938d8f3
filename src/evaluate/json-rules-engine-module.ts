import type { Engine, Fact } from 'json-rules-engine';

/** The classes of json-rules-engine the reference engine uses. */
export interface JsonRulesEngineClasses {
  readonly Engine: typeof Engine;
  readonly Fact: typeof Fact;
}

let loading: Promise<JsonRulesEngineClasses> | undefined;

/**
 * json-rules-engine, imported on the first evaluation by its engine rather than with the package: the
 * compiled engine never needs it, and importing it is a large part of a cold start.
 */
export function jsonRulesEngineModule(): Promise<JsonRulesEngineClasses> {
  loading ??= import('json-rules-engine').then(({ Engine, Fact }) => ({ Engine, Fact }));
  return loading;
}
