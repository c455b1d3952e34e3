import { asList, defineRule, isObject, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf } from "../../support/pod-security.js";
import { isHardcodedSecretValue, isSecretName, secretsInText } from "../../support/secrets.js";

export default defineRule({
  meta: {
    id: "k8s-hardcoded-secret-env",
    title: "Hardcoded secret in a container environment variable",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "A container environment variable named like a password, token or key is set to a literal value in the manifest. The credential is in version control for everyone with read access, in every rendered copy of the manifest, and visible to anyone who can read the workload through the API.",
    remediation: "Move the value to a Secret (ideally synced from an external secret store) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; then rotate the exposed credential.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Kubernetes 1.9": ["5.4.1"], "NSA-CISA Kubernetes Hardening": ["Secrets: keep credentials out of pod specs"] },
    tags: ["secrets", "hardcoded-secret"],
    references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      asList(view.container.env).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        const value = variable.value;
        // `$(OTHER_VAR)` is expanded by the kubelet from another variable, not a literal.
        if (!isHardcodedSecretValue(value) || /\$\([A-Za-z_][\w.-]*\)/.test(value)) return;
        const formats = secretsInText(value);
        if (!isSecretName(variable.name) && formats.length === 0) return;
        const what = formats.length > 0 ? ` (${formats[0]})` : "";
        report({
          at: [...view.path, "env", index, "value"],
          message: `container "${view.name}" of ${workload.name} has a hardcoded secret in environment variable ${variable.name}${what}`,
        });
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: orders-db, key: password }
            - name: DB_PASSWORD_FILE
              value: /run/secrets/db/password
            - name: TOKEN_TTL
              value: "3600"
            - name: API_KEY
              value: $(SHARED_API_KEY)
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
    spec:
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_PASSWORD
              value: "Orders-2024!prod"
            - name: PAYMENT_API_KEY
              value: 9f8c2e71d04b4a6f8e3b5c1d7a2f6e90
`,
        errors: [
          { line: 20, column: 15, messageIncludes: "hardcoded secret in environment variable DB_PASSWORD" },
          { line: 22, column: 15, messageIncludes: "PAYMENT_API_KEY" },
        ],
      },
    ],
  },
});
