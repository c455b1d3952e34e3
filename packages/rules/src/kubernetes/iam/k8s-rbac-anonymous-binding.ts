import { defineRule } from "@tollgate/engine";
import { broadSubjects, PUBLIC_DEFAULT_ROLES, roleRefOf } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-anonymous-binding",
    title: "RBAC binding grants a role to anonymous users (system:anonymous, system:unauthenticated)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["RoleBinding", "ClusterRoleBinding"],
    description:
      "The binding gives a role to `system:anonymous` or `system:unauthenticated`: anyone who can reach the API server, without any credential, gets its permissions. Exposed API servers are scanned for this constantly.",
    remediation: "Remove the anonymous subjects; bind the role to the authenticated users, groups or service accounts that need it.",
    precision: "very-high",
    cwe: ["CWE-306", "CWE-284"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: disable anonymous access"] },
    tags: ["rbac", "k8s-rbac", "anonymous"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(binding, { report }) {
    const role = roleRefOf(binding);
    if (!role || PUBLIC_DEFAULT_ROLES.has(role.name)) return;
    const anonymous = broadSubjects(binding, new Set(["system:unauthenticated"]), new Set(["system:anonymous"]));
    if (anonymous.length === 0) return;
    report({ at: anonymous[0]!.path, message: `${binding.name} grants ${role.kind} ${role.name} to anonymous, unauthenticated users (${anonymous.map((subject) => subject.name).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: system:public-info-viewer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: system:public-info-viewer
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: system:unauthenticated
`,
      },
    ],
    invalid: [
      {
        filename: "binding.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: public-dashboard
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: User
    name: system:anonymous
`,
        errors: [{ line: 10, column: 5, messageIncludes: "anonymous, unauthenticated users (system:anonymous)" }],
      },
    ],
  },
});
