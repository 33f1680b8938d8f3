import type { Issue } from '../errors/issue.js';
import { makeIssue } from '../errors/make-issue.js';
import type { Detail } from '../evaluate/detail.js';
import type { AnyRegistry, Evaluator } from '../evaluate/evaluator.js';

/** What a batch evaluates every line with: one rule set, one date, one detail level (and whether an uncertain first day is accepted). */
export interface BatchJob {
  readonly ruleSet: string;
  readonly asOf: string;
  readonly detail: Detail;
  /** A version whose first day is uncertain is taken as in force from its earliest day (as `evaluate`'s option of that name). */
  readonly acceptEarliestStart?: boolean;
}

function lineIssue(en: string, ro: string): Issue {
  return makeIssue('invalid_line', [], { reason: en, reasonRo: ro });
}

/** The output line (without its line end) of an input line refused before evaluation: by a worker, or by the main thread for its length. */
export function refusedLine(line: number, issue: Issue): string {
  return JSON.stringify({ line, ok: false, issues: [issue] });
}

/**
 * The lines of a chunk of NDJSON text cut after a line end (or the input's last line, without one):
 * a line ends at `\n`, and a `\r` before it is dropped (CRLF). A lone `\r` is not a line end; JSON
 * reads it as white space.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/**
 * Evaluates NDJSON lines, each a facts object, into NDJSON output lines: exactly one per input
 * line, in order, each with its line number and either the decision or the issues that refused it.
 * An empty or malformed line is an error line, never skipped.
 */
export async function evaluateLines(
  evaluator: Evaluator<AnyRegistry>,
  job: BatchJob,
  lines: readonly string[],
  firstLine: number,
): Promise<string> {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    const text = lines[i]!.trim();
    let facts: unknown;
    let refused: Issue | undefined;
    if (text === '') refused = lineIssue('the line is empty', 'linia este goală');
    else {
      try {
        facts = JSON.parse(text);
      } catch (error) {
        refused = lineIssue(`not valid JSON (${(error as Error).message})`, `nu este JSON valid (${(error as Error).message})`);
      }
    }
    if (refused) {
      out.push(refusedLine(line, refused));
      continue;
    }
    const result = await evaluator.safeEvaluate(job.ruleSet, facts as Record<string, unknown>, { asOf: job.asOf, detail: job.detail, acceptEarliestStart: job.acceptEarliestStart === true });
    out.push(JSON.stringify({ line, ...result }));
  }
  return out.join('\n');
}
