import { defineRule, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf, serviceAccountUse } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-default-service-account",
    title: "Pod runs as the namespace's default service account with its token mounted",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod names no service account, so it runs as the namespace's `default` account and gets its API token. Every pod in the namespace shares that identity: a permission granted to `default` for one workload is granted to all of them, and its token is in every container.",
    remediation: "Create a ServiceAccount per workload and set `serviceAccountName`; set `automountServiceAccountToken: false` on the `default` ServiceAccount of every namespace.",
    precision: "medium",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.5"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["service-account", "k8s-rbac"],
    references: ["https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"],
  },
  check(workload, { graph, report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const use = serviceAccountUse(pod, graph.targets(workload.id, "uses"));
    if (use.name !== "default" || isUnknown(use.accountAutomount)) return;
    if (use.podAutomount === false || (use.podAutomount === undefined && use.accountAutomount === false)) return;
    if (use.podAutomount !== undefined && use.podAutomount !== true) return;
    report({ at: use.at, message: `${workload.name} runs as the default service account of its namespace, with its API token mounted` });
  },
  examples: {
    valid: [
      {
        name: "a dedicated account; the default account with its token not mounted",
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
      serviceAccountName: orders
      containers:
        - name: orders
          image: registry.example.com/shop/orders:3.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: static-site
  namespace: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: nginx
      image: nginx:1.27.0
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
`,
        errors: [{ line: 12, column: 5, messageIncludes: "default service account" }],
      },
    ],
  },
});
