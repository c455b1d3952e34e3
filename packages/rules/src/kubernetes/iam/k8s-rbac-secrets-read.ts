import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-secrets-read",
    title: "RBAC role can read secrets (get/list/watch on secrets)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "The role can get, list or watch every Secret in its scope: database passwords, TLS keys, registry credentials and, where they still exist, service account tokens of more privileged accounts. In a ClusterRole that is every Secret of the cluster. `list` and `watch` return the values too, not only the names.",
    remediation: "Restrict the rule with `resourceNames` to the Secrets the subject needs, or mount those Secrets into the workload instead of reading them through the API.",
    precision: "high",
    cwe: ["CWE-269", "CWE-522"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.2"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "secrets"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"],
  },
  check(role, { report }) {
    const grants = explicitGrants(role, { groups: [""], resources: new Set(["secrets"]), verbs: ["get", "list", "watch"], ignoreNamed: true });
    for (const grant of grants) {
      const scope = role.type === "ClusterRole" ? "every Secret of the cluster" : "every Secret of its namespace";
      report({ at: grant.resources[0]!.path, message: `${role.name} can read ${scope} (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "named secrets only",
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: tls-reader
  namespace: web
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["web-tls"]
    verbs: ["get"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: config-sync
rules:
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "list", "watch"]
`,
        errors: [{ line: 7, column: 31, messageIncludes: "every Secret of the cluster" }],
      },
    ],
  },
});
