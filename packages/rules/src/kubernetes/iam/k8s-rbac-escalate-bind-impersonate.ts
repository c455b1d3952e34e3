import { defineRule } from "@tollgate/engine";
import { rbacRules, wildcardShape } from "../../support/rbac-grants.js";

const ESCALATION_VERBS = ["escalate", "bind", "impersonate"];

export default defineRule({
  meta: {
    id: "k8s-rbac-escalate-bind-impersonate",
    title: "RBAC role grants escalate, bind or impersonate verbs",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "`escalate` lets a subject write roles with permissions it does not have, `bind` lets it bind any role (cluster-admin included) to itself, and `impersonate` lets it act as other users, groups or service accounts. Each one bypasses RBAC's built-in protection against privilege escalation.",
    remediation: "Remove these verbs; when a controller must bind roles, limit `bind` with `resourceNames` to the roles it manages.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.8"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "privilege-escalation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb", "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"],
  },
  check(role, { report }) {
    for (const rule of rbacRules(role)) {
      if (rule.partial || wildcardShape(rule) !== "none") continue;
      const verbs = rule.verbs.filter((verb) => ESCALATION_VERBS.includes(verb));
      if (verbs.length === 0) continue;
      const on = rule.resources.filter((resource) => resource !== "").join(", ");
      report({ at: ["rules", rule.index, "verbs", rule.verbs.indexOf(verbs[0]!)], message: `${role.name} grants ${verbs.join(", ")} on ${on}: a way around RBAC privilege escalation checks` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: rbac-viewer
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
    verbs: ["get", "list", "watch"]
`,
      },
      {
        name: "a wildcard resource list is reported by k8s-rbac-wildcard-resources instead",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: binder
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["*"]
    verbs: ["bind"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: team-onboarding
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["get", "bind", "escalate"]
  - apiGroups: [""]
    resources: ["users", "groups", "serviceaccounts"]
    verbs:
      - impersonate
`,
        errors: [
          { line: 8, column: 20, messageIncludes: "bind, escalate" },
          { line: 12, column: 9, messageIncludes: "impersonate" },
        ],
      },
    ],
  },
});
