import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-nodes-proxy",
    title: "RBAC role grants access to the kubelet API (nodes/proxy)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description:
      "`nodes/proxy` reaches the kubelet API of every node through the API server: its subjects can run commands in any pod on any node, and those requests bypass the audit log entries and admission control that `pods/exec` goes through.",
    remediation: "Remove `nodes/proxy`; monitoring agents should read `nodes/metrics` and `nodes/stats` instead.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.10"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "kubelet"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: new Set(["nodes/proxy"]), verbs: ["get", "create", "update", "patch", "delete"] })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} reaches the kubelet API of every node (${describeGrant(grant)}), enough to run commands in any pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes/metrics", "nodes/stats"]
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
  name: metrics-scraper
rules:
  - apiGroups: [""]
    resources: ["nodes", "nodes/proxy"]
    verbs: ["get", "list"]
`,
        errors: [{ line: 7, column: 26, messageIncludes: "get on nodes/proxy" }],
      },
    ],
  },
});
