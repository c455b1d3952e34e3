import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-pod-exec",
    title: "RBAC role allows exec or attach into pods (pods/exec, pods/attach)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "The role grants `create` (or `get`, which older API servers accepted for websocket exec) on `pods/exec` or `pods/attach`: its subjects can run commands in any pod of its scope, with that pod's service account token, mounted Secrets and network position.",
    remediation: "Remove exec and attach from roles used by applications and automation; grant them to people through a separate, audited role, limited with `resourceNames` where possible.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "exec"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: new Set(["pods/exec", "pods/attach"]), verbs: ["create", "get"] })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can run commands in pods (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: log-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`,
      },
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debugger
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "create on pods/exec" }],
      },
    ],
  },
});
