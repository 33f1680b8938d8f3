import { CnasRulesError } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';

/**
 * The text of a generated bundle module (`dist/rule-bundles/<id>.js`): a comment line, then
 * `export default <JSON>;`. Written and read here only, so that under Node the default loader can read
 * a bundle with `JSON.parse` (faster than evaluating the module, and synchronous) while browsers and
 * bundlers import the same file as a module. Every character beyond ASCII is written as a `\u` escape:
 * the value is the same, and a text of one-byte characters is decoded and parsed without building
 * two-byte strings (the Romanian letters made reading the bundles about twice as slow).
 */
export function bundleModuleText(comment: string, value: unknown): string {
  return `// ${asciiOnly(comment.replace(/\n/g, ' '))}\nexport default ${asciiOnly(JSON.stringify(value))};\n`;
}

/** JSON text with each UTF-16 unit beyond ASCII escaped (`\u0219`); inside a JSON string that is the same character. */
function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The value a bundle module exports, read back from its text; a text of another shape is refused. */
export function valueOfBundleModule(text: string, file: string): unknown {
  const start = text.indexOf('\nexport default ');
  const end = text.lastIndexOf(';');
  if (!text.startsWith('// ') || start < 0 || end < start) throw notABundle(file);
  try {
    return JSON.parse(text.slice(start + '\nexport default '.length, end));
  } catch {
    throw notABundle(file);
  }
}

function notABundle(file: string): CnasRulesError {
  return new CnasRulesError([makeIssue('schema_violation', [], { reason: 'not a generated rule bundle module; rebuild the package' }, file)]);
}
