import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generated-files.js';

describe('generated files', () => {
  for (const [path, content] of generatedFiles()) {
    it(`${path} is up to date (npm run generate)`, () => {
      expect(readFileSync(join(import.meta.dirname, '..', path), 'utf8')).toBe(content);
    });
  }
  it('every bundled rule file names the JSON Schema an editor validates it with', () => {
    const version = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'rules', 'portable-oxygen', '2023-07-01.json'), 'utf8'));
    expect(version.$schema).toBe('../../schemas/rule-version.schema.json');
  });
});
