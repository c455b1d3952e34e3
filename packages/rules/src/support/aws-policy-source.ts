import { policyDocumentAt, type AttributePath, type ReportDescriptor, type Resource, type ResourceGraph } from "@tollgate/engine";
import { readPolicy, type PolicyStatement } from "./iam-policy.js";

/** The statements of the policy an attribute holds, and how to point at each of them. */
export interface PolicyAt {
  statements: PolicyStatement[];
  /** The attribute of the checked resource that holds (or refers to) the policy. */
  at: AttributePath;
  /** Where a statement is written when that is another resource (an `aws_iam_policy_document` data source). */
  related(statement: PolicyStatement): NonNullable<ReportDescriptor["related"]>;
}

/**
 * The policy held by `attribute` of `resource`: JSON text, `jsonencode` of
 * literals, or an `aws_iam_policy_document` data source it refers to.
 * Undefined when it cannot be known statically.
 */
export function policyAt(graph: ResourceGraph, resource: Resource, attribute: AttributePath): PolicyAt | undefined {
  const document = policyDocumentAt(graph, resource, attribute);
  if (!document) return undefined;
  const statements = readPolicy(document.document);
  if (!statements) return undefined;
  return {
    statements,
    at: attribute,
    related: (statement) =>
      document.resource === resource
        ? []
        : [{ resource: document.resource.id, at: document.statementAt(statement.index), message: `${statementLabel(statement)} of ${document.resource.name}` }],
  };
}

/** Identity policies: the attribute paths that hold a policy granting permissions to whoever holds it. */
export const IDENTITY_POLICY_TYPES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"] as const;

/** Every identity policy a resource of `IDENTITY_POLICY_TYPES` holds: `policy`, or a role's `inline_policy` blocks. */
export function identityPoliciesOf(graph: ResourceGraph, resource: Resource): PolicyAt[] {
  if (resource.mode === "data") return [];
  if (resource.type !== "aws_iam_role") {
    const policy = policyAt(graph, resource, ["policy"]);
    return policy ? [policy] : [];
  }
  const blocks = resource.attributes.inline_policy;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((_, index) => {
    const policy = policyAt(graph, resource, ["inline_policy", index, "policy"]);
    return policy ? [policy] : [];
  });
}

/** `statement "ReadLogs"` or `statement 2`, as a person would find it. */
export function statementLabel(statement: PolicyStatement): string {
  return statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
}

/**
 * Condition keys that pin a statement with `Principal: "*"` to known callers:
 * an organisation, an account, a network, a calling resource or service.
 */
const NARROWING_KEYS: ReadonlySet<string> = new Set([
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:principalservicename",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "aws:calledvia",
  "kms:calleraccount",
  "kms:viaservice",
  "lambda:functionarn",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn",
]);

/** Does a positive condition on a narrowing key limit who the statement applies to? */
export function narrowsCallers(statement: PolicyStatement): boolean {
  for (const [operator, keys] of Object.entries(statement.conditions)) {
    // `StringNotEquals aws:PrincipalAccount` excludes some callers and admits everyone else.
    if (/not/i.test(operator.replace(/^(ForAnyValue|ForAllValues):/i, ""))) continue;
    for (const [key, values] of Object.entries(keys)) {
      if (!NARROWING_KEYS.has(key.toLowerCase()) || values.length === 0) continue;
      if (values.some((value) => value === "*")) continue;
      return true;
    }
  }
  return false;
}

/** An allowed statement for `Principal: "*"` (or `AWS: "*"`) that no condition narrows: anyone may use it. */
export function allowsAnyone(statement: PolicyStatement): boolean {
  return !statement.partial && statement.effect === "Allow" && statement.principal === "*" && !narrowsCallers(statement);
}

/** The actions of a statement for a message: `s3:GetObject, s3:ListBucket`, or what NotAction leaves. */
export function actionsText(statement: PolicyStatement): string {
  if (statement.actions.length > 0) return statement.actions.join(", ");
  if (statement.notActions.length > 0) return `every action except ${statement.notActions.join(", ")}`;
  return "no action";
}
