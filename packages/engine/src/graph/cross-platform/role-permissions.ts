import type { Resource } from "../../model/resource.js";
import type { AttributePath } from "../../model/source.js";
import { asList, getPath, isObject, isUnknown } from "../../model/value.js";
import type { ResourceGraph } from "../graph.js";
import { policyDocumentAt, type PolicyDocument } from "./policy-document.js";
import { referencedThrough } from "./referenced-through.js";

/** AWS-managed policies have ARNs in the `aws` account: `arn:aws:iam::aws:policy/AdministratorAccess`. */
const AWS_MANAGED_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([\w+=,.@-]+)$/;

/** One policy that applies to a role, and where the grant is written. */
export interface RolePolicy {
  /** `attached`: a managed policy attached to the role; `inline`: a policy embedded in the role. */
  kind: "attached" | "inline";
  /** The resource and attribute that grant it: an attachment's `policy_arn`, a role's `managed_policy_arns[1]`, an inline policy's `policy`. */
  resource: Resource;
  at: AttributePath;
  /** For AWS-managed policies, their name (`AdministratorAccess`); their content is not in the scan. */
  awsManaged?: string;
  /** The policy's statements, when the scan holds them and they are known. */
  document?: PolicyDocument;
}

/**
 * Every policy the scan shows applying to a role: attachments
 * (`aws_iam_role_policy_attachment`, `aws_iam_policy_attachment`) of an
 * `aws_iam_policy` in the scan or of an AWS-managed ARN, inline
 * `aws_iam_role_policy` resources, and the role's own `inline_policy`
 * blocks and `managed_policy_arns`. Attachments and inline policies are
 * found by their references to the role, or by its literal name in the same
 * module, plan or state.
 */
export function rolePolicies(graph: ResourceGraph, role: Resource): RolePolicy[] {
  const policies: RolePolicy[] = [];
  for (const attachment of attachedTo(graph, role, "aws_iam_role_policy_attachment", "role")) {
    policies.push(...policiesAt(graph, attachment, ["policy_arn"]));
  }
  for (const attachment of attachedTo(graph, role, "aws_iam_policy_attachment", "roles")) {
    policies.push(...policiesAt(graph, attachment, ["policy_arn"]));
  }
  for (const inline of attachedTo(graph, role, "aws_iam_role_policy", "role")) {
    const document = policyDocumentAt(graph, inline, ["policy"]);
    policies.push({ kind: "inline", resource: inline, at: ["policy"], ...(document ? { document } : {}) });
  }
  asList(role.attributes.inline_policy).forEach((block, index) => {
    if (!isObject(block)) return;
    const at = ["inline_policy", index, "policy"];
    const document = policyDocumentAt(graph, role, at);
    policies.push({ kind: "inline", resource: role, at, ...(document ? { document } : {}) });
  });
  const managed = role.attributes.managed_policy_arns;
  if (Array.isArray(managed)) managed.forEach((_, index) => policies.push(...policiesAt(graph, role, ["managed_policy_arns", index])));
  else if (isUnknown(managed)) policies.push(...policiesAt(graph, role, ["managed_policy_arns"]));
  return policies;
}

/** The policies a policy ARN attribute names: AWS-managed by name, customer-managed through references. */
function policiesAt(graph: ResourceGraph, resource: Resource, at: AttributePath): RolePolicy[] {
  const value = getPath(resource.attributes, at);
  const awsManaged = typeof value === "string" ? AWS_MANAGED_POLICY_ARN.exec(value)?.[1] : undefined;
  if (awsManaged) return [{ kind: "attached", resource, at, awsManaged }];
  const found: RolePolicy[] = [];
  for (const policy of referencedThrough(graph, resource, at)) {
    if (policy.type !== "aws_iam_policy") continue;
    const document = policyDocumentAt(graph, policy, ["policy"]);
    found.push({ kind: "attached", resource, at, ...(document ? { document } : {}) });
  }
  return found;
}

/** Resources of `type` whose `attribute` designates the role: by reference, or by the role's literal name in the same file group. */
function attachedTo(graph: ResourceGraph, role: Resource, type: string, attribute: string): Resource[] {
  const found = new Set<Resource>();
  for (const edge of graph.edgesTo(role.id, "references")) {
    if (edge.via?.[0] !== attribute) continue;
    const source = graph.get(edge.from);
    if (source?.type === type) found.add(source);
  }
  const name = role.attributes.name;
  if (typeof name === "string") {
    // Indexed by module and role name: one lookup per role, not a scan of every attachment.
    const keyOf = (candidate: Resource) => {
      const value = candidate.attributes[attribute];
      const group = idGroup(candidate.id);
      if (typeof value === "string") return `${group}\u001f${value}`;
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string").map((item) => `${group}\u001f${item}`) : undefined;
    };
    for (const candidate of graph.findBy(type, `role-name:${attribute}`, keyOf, `${idGroup(role.id)}\u001f${name}`)) found.add(candidate);
  }
  return [...found];
}

/** `terraform:infra/aws::aws_iam_role.x` → `terraform:infra/aws`: the module, plan or state a resource belongs to. */
function idGroup(id: string): string {
  const separator = id.indexOf("::");
  return separator === -1 ? id : id.slice(0, separator);
}
