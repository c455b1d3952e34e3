import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import { asList, emptyObject, getPath, isObject, isUnknown, Unknown, type Value, type ValueObject } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { referencedThrough } from "./referenced-through.js";

const POLICY_DOCUMENT_DATA_SOURCE = "aws_iam_policy_document";

/**
 * An IAM policy document in its JSON shape (`Statement`, `Effect`,
 * `Principal`, `Condition`…), and where each statement is written so that a
 * finding can point at it. Parts that cannot be known statically are Unknown.
 */
export interface PolicyDocument {
  document: ValueObject;
  /** The resource that spells the policy out: the attribute's owner, or the `aws_iam_policy_document` it refers to. */
  resource: Resource;
  /** Where statement `index` is written in `resource`; the whole attribute when the policy is JSON text. */
  statementAt(index: number): AttributePath;
}

/**
 * The policy held by `attribute` of `resource`: JSON text (a heredoc,
 * `jsonencode`, a plan value), an object, or an `aws_iam_policy_document`
 * data source the attribute refers to. Undefined when the policy is unknown
 * or not a policy, so callers stay silent rather than guess.
 */
export function policyDocumentAt(graph: ResourceGraph, resource: Resource, attribute: AttributePath): PolicyDocument | undefined {
  const value = getPath(resource.attributes, attribute);
  // `policy = data.aws_iam_policy_document.x.json`: the data source spells the statements out, with their lines.
  const rendered = referencedThrough(graph, resource, attribute).filter((target) => target.type === POLICY_DOCUMENT_DATA_SOURCE);
  if (rendered.length === 1 && value !== undefined && (value === rendered[0].attributes.json || value === rendered[0].attributes.minified_json)) {
    const fromSource = policyDocumentDataSource(rendered[0]);
    if (fromSource) return fromSource;
  }
  const literal = parseDocument(value);
  if (literal) return { document: literal, resource, statementAt: () => attribute };
  if (value !== undefined && !isUnknown(value)) return undefined;

  // `cond ? data.a.json : data.b.json` could be either: only a single document is the policy.
  const sources = referencedThrough(graph, resource, attribute).filter((target) => target.type === POLICY_DOCUMENT_DATA_SOURCE);
  return sources.length === 1 ? policyDocumentDataSource(sources[0]) : undefined;
}

/**
 * The document an `aws_iam_policy_document` data source renders: from its
 * `statement` blocks, so findings point at the statement's lines, unless
 * other documents are merged in or only the rendered `json` is known (a plan).
 */
export function policyDocumentDataSource(source: Resource): PolicyDocument | undefined {
  // Other documents merged in may add or replace statements by sid: then only the rendered JSON is the policy.
  const merged = [source.attributes.override_policy_documents, source.attributes.override_json, source.attributes.source_policy_documents, source.attributes.source_json].some(
    (documents) => documents !== undefined && documents !== null && !(Array.isArray(documents) && documents.length === 0),
  );
  const rendered = parseDocument(source.attributes.json);
  if (rendered && (merged || source.origin === "plan" || source.origin === "state")) return { document: rendered, resource: source, statementAt: () => ["json"] };
  if (merged) return undefined;
  const blocks = source.attributes.statement;
  if (isUnknown(blocks)) return undefined;
  const document = emptyObject();
  document.Version = "2012-10-17";
  document.Statement = asList(blocks).map((block) => (isObject(block) ? statementFromBlock(block) : Unknown));
  return { document, resource: source, statementAt: (index) => ["statement", index] };
}

/** One `statement { … }` block of `aws_iam_policy_document` in IAM JSON form. */
function statementFromBlock(block: ValueObject): ValueObject {
  const statement = emptyObject();
  if (typeof block.sid === "string") statement.Sid = block.sid;
  statement.Effect = block.effect === undefined || block.effect === null ? "Allow" : block.effect;
  const fields: Array<[string, string]> = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"],
  ];
  for (const [from, to] of fields) {
    if (block[from] !== undefined && block[from] !== null) statement[to] = block[from];
  }
  const principals = principalsFromBlocks(block.principals);
  if (principals !== undefined) statement.Principal = principals;
  const notPrincipals = principalsFromBlocks(block.not_principals);
  if (notPrincipals !== undefined) statement.NotPrincipal = notPrincipals;
  const conditions = conditionsFromBlocks(block.condition);
  if (conditions !== undefined) statement.Condition = conditions;
  return statement;
}

/** `principals { type = "AWS" identifiers = [...] }` blocks → `{ AWS: [...] }`; type `*` is the anonymous principal. */
function principalsFromBlocks(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return Unknown;
  const principal = emptyObject();
  for (const block of asList(value)) {
    if (!isObject(block)) return Unknown;
    if (block.type === "*") return "*";
    if (typeof block.type !== "string") return Unknown;
    const identifiers = isUnknown(block.identifiers) ? [Unknown] : asList(block.identifiers);
    const existing = principal[block.type];
    principal[block.type] = Array.isArray(existing) ? [...existing, ...identifiers] : identifiers;
  }
  return principal;
}

/** `condition { test, variable, values }` blocks → `{ test: { variable: values } }`; repeated pairs are ANDed by AWS, so later values join. */
function conditionsFromBlocks(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return Unknown;
  const conditions = emptyObject();
  for (const block of asList(value)) {
    if (!isObject(block) || typeof block.test !== "string" || typeof block.variable !== "string") return Unknown;
    let operator = conditions[block.test];
    if (!isObject(operator)) {
      operator = emptyObject();
      conditions[block.test] = operator;
    }
    const values = isUnknown(block.values) ? [Unknown] : asList(block.values);
    const existing = operator[block.variable];
    operator[block.variable] = Array.isArray(existing) ? [...existing, ...values] : values;
  }
  return conditions;
}

/** A policy written as JSON text or as an object with a `Statement`. */
function parseDocument(value: Value | undefined): ValueObject | undefined {
  let document: unknown = value;
  if (typeof value === "string") {
    try {
      document = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isObject(document as Value)) return undefined;
  const object = document as ValueObject;
  return Object.prototype.hasOwnProperty.call(object, "Statement") ? object : undefined;
}
