import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-csr-approval",
    title: "RBAC role can approve certificate signing requests",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description:
      "`update` on `certificatesigningrequests/approval` lets a subject approve its own certificate requests: with a signer that issues client certificates it can get one for any user or group, `system:masters` included on some clusters, which RBAC cannot revoke.",
    remediation: "Leave approval to the cluster's built-in approver; grant it to a dedicated controller only, limited to its signer.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.11"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "certificatesigningrequest"],
    references: ["https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["certificates.k8s.io"], resources: new Set(["certificatesigningrequests/approval"]), verbs: ["update", "patch"] })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can approve certificate signing requests (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-requester
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests"]
    verbs: ["create", "get"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: csr-approver
rules:
  - apiGroups: ["certificates.k8s.io"]
    resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
    verbs: ["get", "list", "update"]
`,
        errors: [{ line: 7, column: 47 }],
      },
    ],
  },
});
