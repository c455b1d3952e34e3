import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-rbac-wildcard",
    title: "RBAC role grants wildcard verbs on wildcard resources",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "A rule grants `*` verbs on `*` resources: every current and future permission in its scope, including reading secrets, creating pods that mount the host and granting itself more roles. In a ClusterRole that is the equivalent of cluster-admin.",
    remediation: "List the API groups, resources and verbs the subject needs; bind the built-in `view` or `edit` roles where they fit.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(role, { report }) {
    asList(role.attributes.rules).forEach((rule, index) => {
      if (!isObject(rule)) return;
      const verbs = asList(rule.verbs);
      const resources = asList(rule.resources);
      if (verbs.includes("*") && resources.includes("*")) {
        report({ at: ["rules", index, "verbs"], message: `${role.name} grants every verb on every resource (rule ${index + 1})` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: config-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get", "list"]
`,
      },
    ],
    invalid: [
      {
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
        errors: [{ line: 8, column: 5 }],
      },
    ],
  },
});
