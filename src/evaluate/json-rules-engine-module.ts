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
  loading ??= import('json-rules-engine').then((module) => {
    // json-rules-engine is CommonJS: Node names its exports on a dynamic import, but a browser bundler
    // may give them only as `default`.
    const exports = module.Engine ? module : (module as unknown as { default: typeof module }).default;
    return { Engine: exports.Engine, Fact: exports.Fact };
  });
  return loading;
}
