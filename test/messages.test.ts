import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../src/errors/issue.js';
import { MESSAGES_EN, MESSAGES_RO } from '../src/errors/messages.js';

describe('issue messages', () => {
  it('exist in Romanian and English for every issue code, and for no other', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(MESSAGES_RO).sort()).toEqual([...ISSUE_CODES].sort());
  });
  it.each(ISSUE_CODES)('%s renders a non-empty sentence in both languages', (code) => {
    const params = { fact: 'f', known: ['a'], expected: 'x', received: 'y', reason: 'is not a decimal number', constraint: 'no-date', facts: ['a', 'b'], ruleSet: 's', asOf: '2025-01-01', versions: [], output: 'o', rows: ['a', 'b'], size: 2, limit: 1, field: 'id', value: 'v', kind: 'fact', id: 'i', operator: 'in', factType: 'boolean', allowed: ['equal'], cycle: ['a', 'a'], act: 'a', fields: ['date'], validFrom: '2025-01-01', files: ['a', 'b'], validUntil: '2025-02-01', next: '2025-01-15', what: 'the facts object', key: '__proto__', character: 'U+001B', integerDigits: 15, fractionDigits: 10, count: 3, target: '/etc/passwd' };
    for (const messages of [MESSAGES_EN, MESSAGES_RO]) {
      const text = messages[code](params);
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toContain('undefined');
    }
  });
});
