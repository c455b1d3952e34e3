import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf, serviceAccountUse } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-service-account-token-automount",
    title: "Service account API token mounted by default (automountServiceAccountToken not disabled)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Neither the pod nor its ServiceAccount sets `automountServiceAccountToken`, so every container gets an API token for the account. Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code execution to move on to the cluster with the account's permissions.",
    remediation: "Set `automountServiceAccountToken: false` on the ServiceAccount (or the pod), and set it to `true` explicitly only on pods that call the API.",
    precision: "medium",
    cwe: ["CWE-200"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.6"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"],
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    // The default account is the concern of k8s-default-service-account; an explicit setting anywhere is a decision.
    if (use.name === "default" || use.podAutomount !== undefined || use.accountAutomount !== undefined) return;
    const account = use.accountInScan ? `service account ${use.name}` : `service account ${use.name} (not in the scan)`;
    report({ at: use.at, message: `${workload.name} mounts an API token for ${account} in every container: neither the pod nor the account sets automountServiceAccountToken: false` });
  },
  examples: {
    valid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: apps/v1
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
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
      },
    ],
    invalid: [
      {
        filename: "app.yaml",
        code: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: shop
---
apiVersion: apps/v1
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
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
`,
        errors: [{ line: 19, column: 7, messageIncludes: "API token for service account orders" }],
      },
    ],
  },
});
