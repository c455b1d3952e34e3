import { defineRule, isObject } from "@tollgate/engine";
import { isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "k8s-configmap-credentials",
    title: "ConfigMap holds credentials (hardcoded secret in a ConfigMap)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ConfigMap"],
    description:
      "A ConfigMap key named like a password, token or key holds a literal value, or a value contains a recognisable credential. ConfigMaps are not meant for secrets: they are readable by many more roles than Secrets, are not encrypted at rest by the API server's encryption configuration, and end up in logs and dumps.",
    remediation: "Move the credential into a Secret (created from an external secret store) and reference it from the workload; rotate the exposed value.",
    precision: "medium",
    cwe: ["CWE-798", "CWE-312"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/configuration/configmap/", "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"],
  },
  check(configMap, { report }) {
    const data = configMap.attributes.data;
    if (!isObject(data)) return;
    const found: Array<{ key: string; what: string }> = [];
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== "string") continue;
      const formats = secretsInText(value);
      if (formats.length > 0) found.push({ key, what: formats[0]! });
      else if (isSecretName(key) && isHardcodedSecretValue(value) && !value.includes("\n")) found.push({ key, what: "a credential" });
    }
    if (found.length === 0) return;
    report({
      at: ["data", found[0]!.key],
      message: `${configMap.name} holds credentials in a ConfigMap instead of a Secret: ${found.map(({ key, what }) => `${key} (${what})`).join(", ")}`,
    });
  },
  examples: {
    valid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  LOG_LEVEL: info
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD_FILE: /run/secrets/db/password
  application.yaml: |
    datasource:
      url: jdbc:postgresql://orders-db:5432/orders
      password: \${DB_PASSWORD}
`,
      },
    ],
    invalid: [
      {
        filename: "configmap.yaml",
        code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: orders
  namespace: shop
data:
  DB_HOST: orders-db.shop.svc
  DB_PASSWORD: Orders-2024!prod
  SMTP_TOKEN: 5e1f0c9a7b3d4e2f8a6c
`,
        errors: [{ line: 8, column: 3, messageIncludes: "DB_PASSWORD (a credential), SMTP_TOKEN (a credential)" }],
      },
    ],
  },
});
