import { defineRule } from "@tollgate/engine";
import { broadSubjects, PUBLIC_DEFAULT_ROLES, roleRefOf } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-all-authenticated-binding",
    title: "RBAC binding grants a role to every authenticated user or every service account",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description:
      "The binding gives a role to `system:authenticated` or `system:serviceaccounts`: every user and every pod of the cluster with a token. On managed clusters `system:authenticated` can include anyone with an account at the cloud provider, not only your organisation.",
    remediation: "Bind the role to the specific users, groups or service accounts that need it.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const everyone = broadSubjects(binding, new Set(["system:authenticated", "system:serviceaccounts"]));
    if (everyone.length === 0) return;
    const who = everyone.map((subject) => (subject.name === "system:authenticated" ? "every authenticated user (system:authenticated)" : "every service account (system:serviceaccounts)")).join(" and ");
    report({ at: everyone[0]!.path, message: `${binding.name} grants ${role.kind} ${role.name} to ${who}` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: team-view
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
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
  name: everyone-can-view
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:authenticated
`,
        errors: [{ line: 10, column: 5, messageIncludes: "every authenticated user" }],
      },
    ],
  },
});
