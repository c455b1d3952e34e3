import { rolePolicies, rolesDesignatedBy, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { actionMatches, readPolicy } from "./iam-policy.js";

/**
 * AWS-managed policies that make their holder an administrator: outright, or
 * by letting it grant itself any permission.
 */
const ADMIN_MANAGED_POLICIES: ReadonlyMap<string, string> = new Map([
  ["AdministratorAccess", "the AWS-managed AdministratorAccess policy"],
  ["IAMFullAccess", "the AWS-managed IAMFullAccess policy (it can grant itself anything)"],
]);

/** One place where a role is granted administrator access. */
export interface AdminGrant {
  /** The resource and attribute holding the grant: an attachment's `policy_arn`, a policy's `policy`, a role's `inline_policy`. */
  resource: Resource;
  at: AttributePath;
  /** What grants it, for messages: `the AWS-managed AdministratorAccess policy`, `aws_iam_policy.ops (statement 1)`. */
  description: string;
}

/**
 * The grants that make a role an administrator of its account: an
 * AWS-managed administrator policy, or an allowed statement with `*` or
 * `iam:*` on every resource, in any policy the scan shows applying to it.
 * Statements that are partly unknown never count.
 */
export function adminGrantsOf(graph: ResourceGraph, role: Resource): AdminGrant[] {
  const grants: AdminGrant[] = [];
  for (const policy of rolePolicies(graph, role)) {
    if (policy.awsManaged) {
      const description = ADMIN_MANAGED_POLICIES.get(policy.awsManaged);
      if (description) grants.push({ resource: policy.resource, at: policy.at, description });
      continue;
    }
    if (!policy.document) continue;
    for (const statement of readPolicy(policy.document.document) ?? []) {
      if (statement.partial || statement.effect !== "Allow" || !statement.resources.includes("*")) continue;
      if (statement.notActions.length > 0) continue;
      const action = statement.actions.find((candidate) => candidate === "*" || grantsAllOfIam(candidate));
      if (!action) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      const source = policy.document.resource;
      grants.push({
        resource: source,
        at: policy.document.statementAt(statement.index),
        description: `${source.name} (${label}: ${action === "*" ? "every action" : `"${action}"`} on every resource)`,
      });
    }
  }
  return unique(grants);
}

/** `iam:*` and the like: enough to attach or write any policy to itself. */
function grantsAllOfIam(action: string): boolean {
  return ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreatePolicyVersion"].every((needed) => actionMatches(action, needed));
}

/** A plan and its HCL, or a policy attached twice, name one grant once. */
function unique(grants: AdminGrant[]): AdminGrant[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const key = `${grant.resource.id}\u001f${grant.at.join("\u001f")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `aws_iam_role.deploy (the AWS-managed AdministratorAccess policy)`: the first grant, and how many more. */
export function describeAdminGrants(grants: readonly AdminGrant[]): string {
  const [first, ...rest] = grants;
  if (!first) return "";
  return rest.length === 0 ? first.description : `${first.description} and ${rest.length} more`;
}

/** An administrator role and what makes it one. */
export interface AdminRole {
  role: Resource;
  grants: AdminGrant[];
}

/** The administrator roles an attribute designates (`role = aws_iam_role.x.arn`, or a literal ARN). */
export function adminRolesDesignatedBy(graph: ResourceGraph, resource: Resource, attribute: AttributePath): AdminRole[] {
  return rolesDesignatedBy(graph, resource, attribute).flatMap((role) => {
    const grants = adminGrantsOf(graph, role);
    return grants.length > 0 ? [{ role, grants }] : [];
  });
}

/** Related locations for a finding about an administrator role: the role, then each grant. */
export function adminRoleRelated(admin: AdminRole): Array<{ resource: string; at?: AttributePath; message: string }> {
  return [
    { resource: admin.role.id, message: `the role ${admin.role.name}` },
    ...admin.grants.map((grant) => ({ resource: grant.resource.id, at: grant.at, message: `grants administrator access: ${grant.description}` })),
  ];
}
