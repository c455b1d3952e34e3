import { asList as blocksOf, emptyObject, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import { encodeJson } from "./literal.js";
import { distinctValues, isFullyKnown } from "./values.js";

export const POLICY_DOCUMENT_TYPE = "aws_iam_policy_document";

/**
 * The document an `aws_iam_policy_document` data source renders, as the AWS
 * provider renders it: `source_policy_documents` first, this document's
 * statements replacing source statements of the same `sid`, then
 * `override_policy_documents` replacing by `sid` or appending. Returns the
 * JSON text (`json`, indented as the provider indents it, and
 * `minified_json`), or — when parts are unknown — the document itself with
 * Unknown parts, so policy rules still read what is known.
 */
export function renderPolicyDocument(attributes: ValueObject): { json: Value; minified: Value } {
  const statements: Value[] = [];
  const sources = documentsOf(attributes.source_policy_documents ?? attributes.source_json);
  const overrides = documentsOf(attributes.override_policy_documents ?? attributes.override_json);
  if (sources === undefined || overrides === undefined) return { json: Unknown, minified: Unknown };
  for (const document of sources) statements.push(...statementsOf(document));
  const own = attributes.statement;
  if (isUnknown(own)) return { json: Unknown, minified: Unknown };
  for (const block of blocksOf(own)) {
    const statement = isObject(block) ? statementFromBlock(block) : Unknown;
    replaceOrAppend(statements, statement);
  }
  for (const document of overrides) for (const statement of statementsOf(document)) replaceOrAppend(statements, statement);

  const document = emptyObject();
  document.Version = typeof attributes.version === "string" ? attributes.version : "2012-10-17";
  if (typeof attributes.policy_id === "string" && attributes.policy_id) document.Id = attributes.policy_id;
  document.Statement = statements;
  if (!isFullyKnown(document)) return { json: document, minified: document };
  return { json: JSON.stringify(document, null, 2), minified: encodeJson(document).replace(/\\u003c/g, "<").replace(/\\u003e/g, ">").replace(/\\u0026/g, "&") };
}

/** Parsed JSON policy documents; undefined when any of them is unknown. */
function documentsOf(value: Value | undefined): ValueObject[] | undefined {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return undefined;
  const texts = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  const documents: ValueObject[] = [];
  for (const text of texts) {
    if (isUnknown(text)) return undefined;
    if (typeof text !== "string" || text.trim() === "") continue;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) documents.push(parsed as ValueObject);
    } catch {
      return undefined;
    }
  }
  return documents;
}

function statementsOf(document: ValueObject): Value[] {
  const statements = document.Statement;
  if (Array.isArray(statements)) return statements;
  return statements === undefined || statements === null ? [] : [statements];
}

/** A statement with a `Sid` replaces the earlier one of the same `Sid`; without one it is appended. */
function replaceOrAppend(statements: Value[], statement: Value): void {
  const sid = isObject(statement) && typeof statement.Sid === "string" && statement.Sid ? statement.Sid : undefined;
  if (sid !== undefined) {
    const existing = statements.findIndex((item) => isObject(item) && item.Sid === sid);
    if (existing !== -1) {
      statements[existing] = statement;
      return;
    }
  }
  statements.push(statement);
}

/** One `statement { … }` block in IAM JSON form: single values as strings, as the provider writes them. */
function statementFromBlock(block: ValueObject): ValueObject {
  const statement = emptyObject();
  if (isUnknown(block.sid)) statement.Sid = Unknown;
  else if (typeof block.sid === "string" && block.sid) statement.Sid = block.sid;
  statement.Effect = block.effect === undefined || block.effect === null ? "Allow" : block.effect;
  const fields: Array<[string, string]> = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"],
  ];
  for (const [from, to] of fields) {
    const value = block[from];
    if (value === undefined || value === null) continue;
    statement[to] = compactList(value);
  }
  const principals = principalsFromBlocks(block.principals);
  if (principals !== undefined) statement.Principal = principals;
  const notPrincipals = principalsFromBlocks(block.not_principals);
  if (notPrincipals !== undefined) statement.NotPrincipal = notPrincipals;
  const conditions = conditionsFromBlocks(block.condition);
  if (conditions !== undefined) statement.Condition = conditions;
  return statement;
}

/** The provider writes a one-element set as a plain string. */
function compactList(value: Value): Value {
  if (isUnknown(value)) return Unknown;
  const items = distinctValues(Array.isArray(value) ? value : [value]);
  return items.length === 1 ? items[0] : items;
}

/** `principals { type = "AWS" identifiers = [...] }` blocks → `{ AWS: [...] }`; type `*` is the anonymous principal. */
function principalsFromBlocks(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return Unknown;
  const blocks = blocksOf(value);
  if (blocks.length === 0) return undefined;
  const principal = emptyObject();
  for (const block of blocks) {
    if (!isObject(block)) return Unknown;
    if (block.type === "*") return "*";
    if (typeof block.type !== "string") return Unknown;
    const identifiers = isUnknown(block.identifiers) ? [Unknown] : blocksOf(block.identifiers);
    const existing = principal[block.type];
    const merged = distinctValues([...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), ...identifiers]);
    principal[block.type] = merged.length === 1 ? merged[0] : merged;
  }
  return principal;
}

/** `condition { test, variable, values }` blocks → `{ test: { variable: values } }`. */
function conditionsFromBlocks(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return Unknown;
  const blocks = blocksOf(value);
  if (blocks.length === 0) return undefined;
  const conditions = emptyObject();
  for (const block of blocks) {
    if (!isObject(block) || typeof block.test !== "string" || typeof block.variable !== "string") return Unknown;
    let operator = conditions[block.test];
    if (!isObject(operator)) {
      operator = emptyObject();
      conditions[block.test] = operator;
    }
    const values = isUnknown(block.values) ? [Unknown] : blocksOf(block.values);
    const existing = operator[block.variable];
    const merged = [...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), ...values];
    operator[block.variable] = merged.length === 1 ? merged[0] : merged;
  }
  return conditions;
}
