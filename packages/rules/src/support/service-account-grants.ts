import type { Resource, ResourceGraph } from "@tollgate/engine";
import { coversGroup, rbacRules, roleRefOf, wildcardShape } from "./rbac-grants.js";

/** What one RoleBinding or ClusterRoleBinding grants. */
export interface BindingGrant {
  binding: Resource;
  roleKind: "Role" | "ClusterRole";
  roleName: string;
  /** The role when the scan holds it; built-in ClusterRoles (`cluster-admin`, `edit`) are not in manifests. */
  role?: Resource;
  /** A ClusterRoleBinding grants in every namespace, a RoleBinding in its own. */
  clusterWide: boolean;
}

/** Built-in ClusterRoles that can read Secrets. */
const BUILT_IN_SECRET_READERS: ReadonlySet<string> = new Set(["cluster-admin", "admin", "edit"]);
const READ_VERBS: readonly string[] = ["get", "list", "watch", "*"];

export function bindingGrant(graph: ResourceGraph, binding: Resource): BindingGrant | undefined {
  const ref = roleRefOf(binding);
  if (!ref || (ref.kind !== "Role" && ref.kind !== "ClusterRole")) return undefined;
  const role = graph.targets(binding.id, "binds").find((target) => target.type === ref.kind);
  return { binding, roleKind: ref.kind, roleName: ref.name, ...(role ? { role } : {}), clusterWide: binding.type === "ClusterRoleBinding" };
}

/** The grants of every binding that names the service account (by id) as a subject. */
export function grantsToServiceAccount(graph: ResourceGraph, serviceAccountId: string): BindingGrant[] {
  return graph
    .sources(serviceAccountId, "binds")
    .filter((binding) => binding.type === "RoleBinding" || binding.type === "ClusterRoleBinding")
    .flatMap((binding) => bindingGrant(graph, binding) ?? []);
}

/** The index of a rule of the role granting every verb on every resource. */
export function everythingRuleIndex(role: Resource): number | undefined {
  return rbacRules(role).find((rule) => !rule.partial && wildcardShape(rule) === "both")?.index;
}

/** Whether the grant makes its subject an administrator: the built-in `cluster-admin`, or a role with a `*`/`*` rule. */
export function grantsEverything(grant: BindingGrant): boolean {
  if (grant.role) return everythingRuleIndex(grant.role) !== undefined;
  return grant.roleKind === "ClusterRole" && grant.roleName === "cluster-admin";
}

/** The index of a rule that lets its holder read every Secret in scope, not only named ones. */
export function secretReadRuleIndex(role: Resource): number | undefined {
  return rbacRules(role).find(
    (rule) =>
      !rule.partial &&
      coversGroup(rule, "") &&
      (rule.resources.includes("secrets") || rule.resources.includes("*")) &&
      rule.resourceNames.length === 0 &&
      rule.verbs.some((verb) => READ_VERBS.includes(verb)),
  )?.index;
}

/** Whether the grant lets its subject read Secrets: a role in the scan with such a rule, or a built-in role that can. */
export function grantReadsSecrets(grant: BindingGrant): boolean {
  if (grant.role) return secretReadRuleIndex(grant.role) !== undefined;
  return grant.roleKind === "ClusterRole" && BUILT_IN_SECRET_READERS.has(grant.roleName);
}
