/**
 * The suppression syntax shared by comments and annotations:
 *
 *   tollgate:ignore <rule-id>[,<rule-id>…] -- <reason> [until YYYY-MM-DD]
 *   tollgate.dev/ignore: "<rule-id>[,<rule-id>…]: <reason> [until YYYY-MM-DD]; …"
 */
export interface IgnoreDirective {
  ruleIds: string[];
  /** Empty when none was given: such a directive does not suppress. */
  reason: string;
  /** Last day on which the directive suppresses, `YYYY-MM-DD`. */
  until?: string;
  /** Why the directive cannot be used as written; it then suppresses nothing. */
  problem?: string;
}

const COMMENT_DIRECTIVE = /^\s*tollgate:ignore(?=\s|$)(.*)$/;
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Only something shaped like a date is taken for an expiry: "until the migration" stays part of the reason. */
const UNTIL = /(?:^|\s)\(?until\s+(\d{4}-\d{1,2}-\d{1,2})\)?\s*$/i;

/** The directive in a comment's text, or undefined when the comment is not one. */
export function parseCommentDirective(commentText: string): IgnoreDirective | undefined {
  const match = COMMENT_DIRECTIVE.exec(commentText);
  if (!match) return undefined;
  const rest = match[1]!;
  const separator = rest.indexOf("--");
  const idsPart = separator === -1 ? rest : rest.slice(0, separator);
  const reasonPart = separator === -1 ? "" : rest.slice(separator + 2);
  return directive(idsPart, reasonPart);
}

/** Every entry of a `tollgate.dev/ignore` annotation: `rule-id: reason`, separated by `;` or new lines. */
export function parseAnnotationDirectives(value: string): IgnoreDirective[] {
  return value
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const colon = entry.indexOf(":");
      return colon === -1 ? directive(entry, "") : directive(entry.slice(0, colon), entry.slice(colon + 1));
    });
}

function directive(idsPart: string, reasonPart: string): IgnoreDirective {
  let ids = idsPart.trim();
  let reason = reasonPart.trim();
  let until: string | undefined;
  // `until` may close the reason or the list of ids.
  const inReason = UNTIL.exec(reason);
  const inIds = inReason ? null : UNTIL.exec(ids);
  if (inReason) {
    until = inReason[1]!;
    reason = reason.slice(0, inReason.index).trim();
  } else if (inIds) {
    until = inIds[1]!;
    ids = ids.slice(0, inIds.index).trim();
  }
  const ruleIds = ids.split(/[\s,]+/).filter((id) => id !== "");
  const result: IgnoreDirective = { ruleIds, reason, ...(until !== undefined ? { until } : {}) };
  if (ruleIds.length === 0) result.problem = "names no rule id";
  else if (ruleIds.some((id) => !RULE_ID.test(id))) result.problem = `"${ruleIds.find((id) => !RULE_ID.test(id))}" is not a rule id`;
  else if (until !== undefined && !isCalendarDate(until)) result.problem = `"until ${until}" is not a date (YYYY-MM-DD)`;
  return result;
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** A directive valid through `until` expires once that day is over (in UTC). */
export function isExpired(until: string | undefined, now: Date): boolean {
  return until !== undefined && now.toISOString().slice(0, 10) > until;
}
