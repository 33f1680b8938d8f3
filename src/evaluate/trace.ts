import type { FactState } from '../facts/derive.js';
import type { Condition, FactCondition, RuleVersionFile } from '../ruleset/schema.js';
import type { ConditionTrace, TestResult, TraceStatus } from './decision.js';
import type { Tri, Truth, Verdict } from './three-valued.js';

const STATUS: Record<Truth, TraceStatus> = { T: 'met', F: 'not_met', U: 'unknown', N: 'not_applicable' };

interface StaticTest {
  readonly fact: string;
  readonly label: TestResult['label'];
  readonly unit: string | undefined;
}

// What a comparison shows that does not depend on the patient, worked out once per comparison.
const statics = new WeakMap<FactCondition, StaticTest>();

function staticTest(leaf: FactCondition, data: RuleVersionFile): StaticTest {
  let known = statics.get(leaf);
  if (!known) {
    const declared = data.facts[leaf.fact];
    const unit = declared && (declared.type === 'decimal' || declared.type === 'integer') ? declared.unit : undefined;
    known = { fact: leaf.fact, label: declared?.label ?? data.derived[leaf.fact]!.label, unit };
    statics.set(leaf, known);
  }
  return known;
}

/** One fact comparison, with the fact's label, unit and observed value. */
export function describeTest(leaf: FactCondition, truth: Tri, data: RuleVersionFile, state: FactState): TestResult {
  const { fact, label, unit } = staticTest(leaf, data);
  // A date list is never compared directly (only counted), so a compared fact is a single value.
  const observed = (state.values.get(fact) as string | boolean | undefined) ?? null;
  const status = STATUS[truth] as TestResult['status'];
  return unit
    ? { fact, label, operator: leaf.operator, threshold: leaf.value, observed, status, unit }
    : { fact, label, operator: leaf.operator, threshold: leaf.value, observed, status };
}

/** The trace of a condition, from the verdict tree its evaluation produced. */
export function traceCondition(
  condition: Condition,
  verdict: Verdict,
  data: RuleVersionFile,
  state: FactState,
): ConditionTrace {
  const status = STATUS[verdict.value];
  const parts = (children: readonly Condition[]) =>
    children.map((child, i) => traceCondition(child, verdict.parts![i]!, data, state));
  if ('all' in condition) return { kind: 'all', status, parts: parts(condition.all) };
  if ('any' in condition) return { kind: 'any', status, parts: parts(condition.any) };
  if ('not' in condition) return { kind: 'not', status, parts: parts([condition.not]) };
  if ('atLeast' in condition) return { kind: 'atLeast', atLeast: condition.atLeast, status, parts: parts(condition.of) };
  if ('criterion' in condition) return { kind: 'criterion', criterion: condition.criterion, status };
  if ('sourceGap' in condition) return { kind: 'sourceGap', gap: condition.sourceGap, status: 'unknown' };
  if ('given' in condition) return { kind: 'given', fact: condition.given, label: (data.facts[condition.given] ?? data.derived[condition.given])!.label, status: STATUS[verdict.value] as 'met' | 'not_met' };
  // A fact comparison is always met, not met or unknown; only references can be not applicable.
  const truth = verdict.value as Tri;
  return { kind: 'test', status: STATUS[truth] as TestResult['status'], test: describeTest(condition, truth, data, state) };
}

/** The comparisons of a trace, in order. */
export function testsOf(trace: ConditionTrace, into: TestResult[] = []): TestResult[] {
  if (trace.kind === 'test') into.push(trace.test);
  else if ('parts' in trace) for (const part of trace.parts) testsOf(part, into);
  return into;
}
