import { defineRule } from "@tollgate/engine";
import { rbacRules, wildcardShape } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-wildcard-resources",
    title: "RBAC role grants verbs on wildcard resources (*), secrets included",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "A rule of the role grants its verbs on `*` resources: every resource type of its API groups, including Secrets, `pods/exec` and resource types added later by new versions or CustomResourceDefinitions. Even read-only verbs on `*` in the core group read every Secret. Wildcard verbs on every resource are reported by k8s-rbac-wildcard.",
    remediation: "List the resources the subject needs; leave out `secrets` and subresources such as `pods/exec` unless they are required.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.3"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "wildcard"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (wildcardShape(rule) !== "resources") continue;
      const core = rule.apiGroups.includes("") || rule.apiGroups.includes("*");
      const reads = rule.verbs.some((verb) => verb === "get" || verb === "list" || verb === "watch");
      const secrets = core && reads ? ", secrets included" : "";
      const escalation = rule.verbs.filter((verb) => verb === "escalate" || verb === "bind" || verb === "impersonate");
      const escalates = escalation.length > 0 ? `, with the privilege escalation ${escalation.length === 1 ? "verb" : "verbs"} ${escalation.join(", ")}` : "";
      const groups = rule.apiGroups.map((group) => (group === "" ? "core" : group)).join(", ") || "no";
      report({
        at: ["rules", rule.index, "resources", rule.resources.indexOf("*")],
        message: `${role.name} grants ${rule.verbs.join(", ")} on every resource (*) of the ${groups} API ${rule.apiGroups.length === 1 ? "group" : "groups"}${secrets}${escalates} (rule ${rule.index + 1})`,
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: pod-reader
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list", "watch"]
`,
      },
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "every resource (*) of the core API group, secrets included" }],
      },
    ],
  },
});
