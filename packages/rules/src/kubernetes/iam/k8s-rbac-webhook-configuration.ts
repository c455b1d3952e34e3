import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-webhook-configuration",
    title: "RBAC role can change admission webhook configurations",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description:
      "Write access to `mutatingwebhookconfigurations` or `validatingwebhookconfigurations` lets a subject send every object created in the cluster (Secrets included) to a server it controls, rewrite pods as they are admitted, or remove the webhooks that enforce security policy.",
    remediation: "Grant webhook configuration writes only to the controller that owns them, limited with `resourceNames` to its own configurations.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.12"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "admission-webhook"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"],
  },
  check(role, { report }) {
    const resources = new Set(["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]);
    for (const grant of explicitGrants(role, { groups: ["admissionregistration.k8s.io"], resources, verbs: ["create", "update", "patch", "delete"], ignoreNamed: true })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can change admission webhooks (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        name: "a controller limited to its own webhook",
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cert-injector
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["validatingwebhookconfigurations"]
    resourceNames: ["shop-validator"]
    verbs: ["get", "update"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: policy-operator
rules:
  - apiGroups: ["admissionregistration.k8s.io"]
    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]
    verbs: ["get", "list", "create", "update", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create, update, delete on mutatingwebhookconfigurations, validatingwebhookconfigurations" }],
      },
    ],
  },
});
