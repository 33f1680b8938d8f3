import { type Issue, type IssueCode, type IssuePath } from './issue.js';
import { MESSAGES_EN, MESSAGES_RO } from './messages.js';

/** Builds an issue with both messages from its code and params. */
export function makeIssue(
  code: IssueCode,
  path: IssuePath,
  params: Readonly<Record<string, unknown>> = {},
  file?: string,
): Issue {
  const message = { ro: MESSAGES_RO[code](params), en: MESSAGES_EN[code](params) };
  return file === undefined ? { code, path, message, params } : { code, path, file, message, params };
}
