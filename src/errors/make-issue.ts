import { boundedParams } from './bounded.js';
import type { Issue, IssueCode, IssuePath } from './issue.js';
import { MESSAGES_EN, MESSAGES_RO } from './messages.js';

/**
 * Builds an issue with both messages from its code and params. The params are bounded first (long
 * texts clipped, control characters escaped, long lists cut), so neither the messages nor the params
 * echo unbounded or terminal-unsafe input.
 */
export function makeIssue(
  code: IssueCode,
  path: IssuePath,
  rawParams: Readonly<Record<string, unknown>> = {},
  file?: string,
): Issue {
  const params = boundedParams(rawParams);
  const message = { ro: MESSAGES_RO[code](params), en: MESSAGES_EN[code](params) };
  return file === undefined ? { code, path, message, params } : { code, path, file, message, params };
}
