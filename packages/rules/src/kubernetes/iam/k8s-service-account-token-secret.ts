import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-service-account-token-secret",
    title: "Long-lived service account token Secret",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description:
      "A Secret of type `kubernetes.io/service-account-token` makes the cluster issue a service account token that never expires and is not bound to a pod. Anyone who reads the Secret once can act as the service account until the Secret is deleted.",
    remediation: "Use short-lived tokens instead: the projected token pods get automatically, or `kubectl create token` / the TokenRequest API for external clients.",
    precision: "very-high",
    cwe: ["CWE-613"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Authentication: short-lived service account tokens"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/", "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets"],
  },
  check(secret, { report }) {
    if (secret.attributes.type !== "kubernetes.io/service-account-token") return;
    report({ at: ["type"], message: `${secret.name} requests a long-lived service account token that never expires` });
  },
  examples: {
    valid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
  namespace: shop
type: kubernetes.io/dockerconfigjson
`,
      },
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: deployer
type: kubernetes.io/service-account-token
`,
        errors: [{ line: 8, column: 1 }],
      },
    ],
  },
});
