import { isObject, isUnknown, type Value } from "@tollgate/engine";

/** One statement of an AWS IAM policy, with every list-or-string field read as a list. */
export interface PolicyStatement {
  index: number;
  sid?: string;
  effect: "Allow" | "Deny";
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  /** `"*"` for `Principal: "*"`; otherwise principal type (`AWS`, `Federated`, `Service`) to values. */
  principal?: "*" | Record<string, string[]>;
  /** Condition operator to condition key to values. */
  conditions: Record<string, Record<string, string[]>>;
  /** True when part of the statement could not be known statically. */
  partial: boolean;
}

/**
 * Reads a policy given as JSON text (a heredoc, `jsonencode`, a plan value) or
 * as an object. Undefined when the value is unknown or not a policy, so rules
 * stay silent rather than guess.
 */
export function readPolicy(value: Value | undefined): PolicyStatement[] | undefined {
  let document: unknown = value;
  if (typeof value === "string") {
    try {
      document = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isObject(document as Value)) return undefined;
  const raw = (document as Record<string, unknown>).Statement;
  if (raw === undefined || isUnknown(raw)) return undefined;
  const statements = Array.isArray(raw) ? raw : [raw];
  return statements.flatMap((statement, index) => (isObject(statement as Value) ? [readStatement(statement as Record<string, unknown>, index)] : []));
}

function readStatement(statement: Record<string, unknown>, index: number): PolicyStatement {
  let partial = false;
  const strings = (field: unknown): string[] => {
    if (field === undefined || field === null) return [];
    if (isUnknown(field)) {
      partial = true;
      return [];
    }
    const list = Array.isArray(field) ? field : [field];
    return list.flatMap((item) => {
      if (typeof item === "string") return [item];
      // IAM reads `true` and `12` in a policy as the strings "true" and "12".
      if (typeof item === "boolean" || typeof item === "number") return [String(item)];
      partial = true;
      return [];
    });
  };
  const read: PolicyStatement = {
    index,
    sid: typeof statement.Sid === "string" ? statement.Sid : undefined,
    effect: statement.Effect === "Deny" ? "Deny" : "Allow",
    actions: strings(statement.Action),
    notActions: strings(statement.NotAction),
    resources: strings(statement.Resource),
    notResources: strings(statement.NotResource),
    principal: readPrincipal(statement.Principal, strings),
    conditions: {},
    partial: false,
  };
  if (isObject(statement.Condition as Value)) {
    for (const [operator, keys] of Object.entries(statement.Condition as Record<string, unknown>)) {
      if (!isObject(keys as Value)) continue;
      read.conditions[operator] = {};
      for (const [key, values] of Object.entries(keys as Record<string, unknown>)) read.conditions[operator]![key] = strings(values);
    }
  } else if (isUnknown(statement.Condition)) {
    partial = true;
  }
  read.partial = partial;
  return read;
}

function readPrincipal(principal: unknown, strings: (field: unknown) => string[]): PolicyStatement["principal"] {
  if (principal === undefined) return undefined;
  if (principal === "*") return "*";
  if (!isObject(principal as Value)) return undefined;
  const result: Record<string, string[]> = {};
  for (const [type, values] of Object.entries(principal as Record<string, unknown>)) result[type] = strings(values);
  if (result.AWS?.includes("*")) return "*";
  return result;
}

/** `*`, `s3:*`, `iam:Pass*`: does the pattern cover `action` (case-insensitive, as IAM compares)? */
export function actionMatches(pattern: string, action: string): boolean {
  const source = [...pattern].map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^${source}$`, "i").test(action);
}

/** A statement that allows every action on every resource: administrator access. */
export function grantsFullAdmin(statement: PolicyStatement): boolean {
  return statement.effect === "Allow" && statement.actions.includes("*") && statement.resources.includes("*");
}
