import { derivedInputs } from '../../src/facts/derive.js';
import { presenceRead, presenceReadByPart } from '../../src/ruleset/presence-read.js';
import type { RuleVersionFile } from '../../src/ruleset/schema.js';

/**
 * The facts whose presence a version reads (`given`), with the inputs of a derived fact read so:
 * giving one changes the question asked (an entitlement becomes a request checked), so a decision
 * without it is no partial view of one with it.
 */
export function presenceAffecting(data: RuleVersionFile): Set<string> {
  return withInputs(presenceRead(data), data);
}

/** The same for the outcome alone: the facts whose presence the outcome reads, through its criteria. */
export function presenceAffectingOutcome(data: RuleVersionFile): Set<string> {
  return withInputs(presenceReadByPart(data).outcome, data);
}

function withInputs(facts: ReadonlySet<string>, data: RuleVersionFile): Set<string> {
  const read = new Set(facts);
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
