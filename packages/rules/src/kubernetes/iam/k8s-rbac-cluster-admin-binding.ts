import { defineRule } from "@tollgate/engine";
import { describeSubject, roleRefOf, subjectsOf } from "../../support/rbac-grants.js";

/**
 * Subjects reported elsewhere: service accounts (k8s-service-account-bound-to-cluster-admin),
 * anonymous and all-authenticated groups (their own rules), and `system:masters`, which holds
 * cluster-admin by design.
 */
const REPORTED_ELSEWHERE = /^system:(anonymous|unauthenticated|authenticated|serviceaccounts(:.*)?|masters)$/;

export default defineRule({
  meta: {
    id: "k8s-rbac-cluster-admin-binding",
    title: "RBAC binding grants cluster-admin to users or groups",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRoleBinding", "RoleBinding"],
    description:
      "The binding gives the built-in `cluster-admin` role to users or groups: through a ClusterRoleBinding, full control of the cluster; through a RoleBinding, full control of the namespace, Secrets and RBAC included. Standing administrator access should be rare, named and reviewed; day-to-day work needs narrower roles.",
    remediation: "Bind the built-in `admin`, `edit` or `view` roles, or a custom role, instead; keep cluster-admin for a small break-glass group with just-in-time access.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.1"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "cluster-admin"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || role.kind !== "ClusterRole" || role.name !== "cluster-admin") return;
    const people = subjectsOf(binding).filter((subject) => (subject.kind === "User" || subject.kind === "Group") && !REPORTED_ELSEWHERE.test(subject.name));
    if (people.length === 0) return;
    const scope = binding.type === "ClusterRoleBinding" ? "across the cluster" : "in its namespace";
    report({ at: ["roleRef", "name"], message: `${binding.name} grants cluster-admin ${scope} to ${people.map(describeSubject).join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: shop-developers
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: shop-developers
`,
      },
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: platform-team
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: platform-team
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: jane@example.com
`,
        errors: [{ line: 8, column: 3, messageIncludes: "cluster-admin across the cluster to group platform-team, user jane@example.com" }],
      },
    ],
  },
});
