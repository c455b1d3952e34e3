import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-service-account-token-create",
    title: "RBAC role can mint service account tokens (serviceaccounts/token)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "`create` on `serviceaccounts/token` issues API tokens for service accounts in the role's scope: its subjects can act as the most privileged account there, without running a pod or reading a Secret.",
    remediation: "Remove the permission, or limit it with `resourceNames` to the accounts the subject must issue tokens for.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.13"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "service-account"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: new Set(["serviceaccounts/token"]), verbs: ["create"], ignoreNamed: true })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can mint tokens for any service account in its scope (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: token-issuer
  namespace: ci
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    resourceNames: ["deployer"]
    verbs: ["create"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: token-issuer
rules:
  - apiGroups: [""]
    resources: ["serviceaccounts/token"]
    verbs: ["create"]
`,
        errors: [{ line: 7, column: 17 }],
      },
    ],
  },
});
