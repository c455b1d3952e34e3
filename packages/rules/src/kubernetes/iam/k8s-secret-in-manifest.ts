import { defineRule, isObject } from "@tollgate/engine";
import { decodeBase64Text, isHardcodedSecretValue } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "k8s-secret-in-manifest",
    title: "Secret values committed in a manifest (hardcoded secret in Secret data)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Secret"],
    description:
      "The Secret carries its values in `data` or `stringData` in the manifest. Base64 is an encoding, not encryption: whoever can read the repository or a rendered copy of the manifest has the credentials, and they stay in version-control history after rotation.",
    remediation: "Keep secret values out of manifests: create Secrets from an external secret store (External Secrets Operator, Secrets Store CSI driver), or commit them encrypted (Sealed Secrets, SOPS). Rotate credentials that were committed.",
    precision: "high",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.2"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/concepts/configuration/secret/"],
  },
  check(secret, { report }) {
    for (const field of ["stringData", "data"] as const) {
      const values = secret.attributes[field];
      if (!isObject(values)) continue;
      const committed = Object.entries(values).filter(([, value]) => {
        if (typeof value !== "string") return false;
        if (field === "stringData") return isHardcodedSecretValue(value);
        if (!isHardcodedSecretValue(value)) return false;
        // Binary content (a keystore) cannot be read as text but is no less a secret.
        const decoded = decodeBase64Text(value);
        return decoded === undefined || isHardcodedSecretValue(decoded);
      });
      if (committed.length === 0) continue;
      const keys = committed.map(([key]) => key).join(", ");
      report({ at: [field], message: `${secret.name} commits hardcoded secret values in its manifest (${field}: ${keys})` });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "a service account token Secret filled in by the cluster, and a templated value",
        filename: "secrets.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: ci-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: ci
type: kubernetes.io/service-account-token
---
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: "{{ .Values.db.password }}"
`,
      },
    ],
    invalid: [
      {
        filename: "secret.yaml",
        code: `apiVersion: v1
kind: Secret
metadata:
  name: payment-gateway
  namespace: shop
type: Opaque
data:
  api-key: c2tfbGl2ZV81MWg4S2pMM3FQZlRyWnZYYTlCYw==
  endpoint: aHR0cHM6Ly9wYXkuZXhhbXBsZS5jb20=
`,
        errors: [{ line: 7, column: 1, messageIncludes: "(data: api-key)" }],
      },
    ],
  },
});
