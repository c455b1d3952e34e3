import { asList, isObject, isUnknown, type AttributePath, type Resource, type Value } from "@tollgate/engine";

/** One entry of a Role's or ClusterRole's `rules`, each list read as strings. */
export interface RbacRule {
  index: number;
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
  /** True when part of the entry could not be known: rules stay silent on it. */
  partial: boolean;
}

export function rbacRules(role: Resource): RbacRule[] {
  const rules: RbacRule[] = [];
  asList(role.attributes.rules).forEach((rule, index) => {
    if (!isObject(rule)) return;
    const read = (value: Value | undefined) => {
      const list = asList(value);
      return { items: list.map((item) => (typeof item === "string" ? item : "")), partial: isUnknown(value) || list.some(isUnknown) };
    };
    const apiGroups = read(rule.apiGroups);
    const resources = read(rule.resources);
    const verbs = read(rule.verbs);
    const resourceNames = read(rule.resourceNames);
    rules.push({
      index,
      apiGroups: apiGroups.items,
      resources: resources.items,
      verbs: verbs.items.map((verb) => verb.toLowerCase()),
      resourceNames: resourceNames.items,
      partial: apiGroups.partial || resources.partial || verbs.partial || resourceNames.partial,
    });
  });
  return rules;
}

/**
 * Which rule reports what, so that one line of a role is reported once:
 * `*` verbs on `*` resources belong to `k8s-rbac-wildcard`; `*` verbs alone to
 * `k8s-rbac-wildcard-verbs`; `*` resources alone to
 * `k8s-rbac-wildcard-resources`; the rules about one permission (secrets,
 * exec, bind...) look only at entries that name their verbs and resources.
 */
export type WildcardShape = "both" | "verbs" | "resources" | "none";

export function wildcardShape(rule: RbacRule): WildcardShape {
  const verbs = rule.verbs.includes("*");
  const resources = rule.resources.includes("*");
  if (verbs && resources) return "both";
  if (verbs) return "verbs";
  if (resources) return "resources";
  return "none";
}

/** True when the entry covers the API group (`""` is the core group). */
export function coversGroup(rule: RbacRule, group: string): boolean {
  return rule.apiGroups.includes("*") || rule.apiGroups.includes(group);
}

export interface ResourceMatch {
  resource: string;
  path: AttributePath;
}

/** The named resources of an entry that are in `wanted` (`pods/exec`, or `*` + `/exec` for any resource's exec). */
export function namedResources(rule: RbacRule, wanted: ReadonlySet<string>): ResourceMatch[] {
  const matches: ResourceMatch[] = [];
  rule.resources.forEach((resource, index) => {
    const subresource = resource.startsWith("*/") ? resource.slice(1) : undefined;
    const hit = wanted.has(resource) || (subresource !== undefined && [...wanted].some((name) => name.endsWith(subresource)));
    if (hit) matches.push({ resource, path: ["rules", rule.index, "resources", index] });
  });
  return matches;
}

export function grantsAnyVerb(rule: RbacRule, verbs: readonly string[]): string[] {
  return rule.verbs.filter((verb) => verbs.includes(verb));
}


export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  path: AttributePath;
}

/** The subjects of a RoleBinding or ClusterRoleBinding whose kind and name are known. */
export function subjectsOf(binding: Resource): Subject[] {
  const subjects: Subject[] = [];
  asList(binding.attributes.subjects).forEach((subject, index) => {
    if (!isObject(subject) || typeof subject.kind !== "string" || typeof subject.name !== "string") return;
    subjects.push({
      kind: subject.kind,
      name: subject.name,
      ...(typeof subject.namespace === "string" ? { namespace: subject.namespace } : {}),
      path: ["subjects", index],
    });
  });
  return subjects;
}

export function describeSubject(subject: Subject): string {
  if (subject.kind === "ServiceAccount") return `service account ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}`;
  return `${subject.kind.toLowerCase()} ${subject.name}`;
}

/** `roleRef` of a binding when its kind and name are known. */
export function roleRefOf(binding: Resource): { kind: string; name: string } | undefined {
  const ref = binding.attributes.roleRef;
  if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string") return undefined;
  return { kind: ref.kind, name: ref.name };
}

/** A permission to look for: verbs on resources of API groups. */
export interface Permission {
  groups: readonly string[];
  resources: ReadonlySet<string>;
  verbs: readonly string[];
  /** Entries limited to named objects with `resourceNames` do not count. */
  ignoreNamed?: boolean;
}

export interface ExplicitGrant {
  rule: RbacRule;
  resources: ResourceMatch[];
  verbs: string[];
}

/**
 * Role entries that grant the permission by naming its verbs and resources.
 * Entries with `*` verbs or resources are left to the wildcard rules, so that
 * one line is reported by one rule.
 */
export function explicitGrants(role: Resource, permission: Permission): ExplicitGrant[] {
  const grants: ExplicitGrant[] = [];
  for (const rule of rbacRules(role)) {
    if (rule.partial || wildcardShape(rule) !== "none") continue;
    if (permission.ignoreNamed && rule.resourceNames.length > 0) continue;
    if (!permission.groups.some((group) => coversGroup(rule, group))) continue;
    const resources = namedResources(rule, permission.resources);
    const verbs = grantsAnyVerb(rule, permission.verbs);
    if (resources.length > 0 && verbs.length > 0) grants.push({ rule, resources, verbs });
  }
  return grants;
}

/** `get, list on secrets`, for messages. */
export function describeGrant(grant: ExplicitGrant): string {
  return `${grant.verbs.join(", ")} on ${grant.resources.map((match) => match.resource).join(", ")}`;
}

/** Roles the cluster itself binds to every user: public discovery information, nothing more. */
export const PUBLIC_DEFAULT_ROLES: ReadonlySet<string> = new Set([
  "system:public-info-viewer",
  "system:discovery",
  "system:basic-user",
  "system:service-account-issuer-discovery",
  "system:volume-scheduler",
]);

/** Subjects of a binding that name one of `groups` (or the user `users`), by group or user name. */
export function broadSubjects(binding: Resource, groups: ReadonlySet<string>, users: ReadonlySet<string> = new Set()): Subject[] {
  return subjectsOf(binding).filter((subject) => (subject.kind === "Group" && groups.has(subject.name)) || (subject.kind === "User" && users.has(subject.name)));
}
