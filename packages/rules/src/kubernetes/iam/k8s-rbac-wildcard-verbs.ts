import { defineRule } from "@tollgate/engine";
import { rbacRules, wildcardShape } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-wildcard-verbs",
    title: "RBAC role grants wildcard verbs (*) on resources",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "A rule of the role grants `*` verbs on named resources: every action on them, including `delete`, `deletecollection`, `escalate`, `bind` and `impersonate` where they apply, and any verb added by future Kubernetes versions or extensions. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the verbs the subject needs (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`).",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "verbs") continue;
      const resources = rule.resources.filter((resource) => resource !== "").join(", ") || "no named resources";
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf("*")], message: `${role.name} grants every verb (*) on ${resources} (rule ${rule.index + 1})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch", "update", "patch"]
`,
      },
      {
        name: "every verb on every resource is reported by k8s-rbac-wildcard instead",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
      },
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments", "replicasets"]
    verbs: ["*"]
`,
        errors: [{ line: 9, column: 13, messageIncludes: "every verb (*) on deployments, replicasets" }],
      },
    ],
  },
});
