import { derivedInputs } from '../../src/facts/derive.js';
import { presenceRead } from '../../src/ruleset/presence-read.js';
import type { RuleVersionFile } from '../../src/ruleset/schema.js';

/**
 * The facts whose presence a version reads (`given`), with the inputs of a derived fact read so:
 * giving one changes the question asked (an entitlement becomes a request checked), so a decision
 * without it is no partial view of one with it.
 */
export function presenceAffecting(data: RuleVersionFile): Set<string> {
  const read = new Set(presenceRead(data));
  for (const id of [...read]) addInputs(id, data, read);
  return read;
}

function addInputs(id: string, data: RuleVersionFile, read: Set<string>): void {
  const derived = data.derived?.[id];
  if (!derived) return;
  for (const input of derivedInputs(derived)) {
    if (read.has(input)) continue;
    read.add(input);
    addInputs(input, data, read);
  }
}
