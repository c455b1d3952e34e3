import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { namespaceOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-kube-system-workload",
    title: "Workload deployed into the kube-system namespace",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`kube-system` holds the cluster's own components and their highly privileged service accounts and secrets, and admission policies usually exempt it. An application placed there shares that trust: anyone who can manage it can reach the control-plane credentials next to it.",
    remediation: "Deploy applications and add-ons into their own namespace with their own service account; keep `kube-system` for components installed by the cluster itself.",
    precision: "medium",
    cwe: ["CWE-653"],
    frameworks: { "CIS Kubernetes 1.9": ["5.7.1"] },
    tags: ["namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/multi-tenancy/", "https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"],
  },
  check(workload, { report }) {
    if (namespaceOf(workload) !== "kube-system") return;
    report({ at: ["metadata", "namespace"], message: `${workload.name} is deployed into kube-system, next to the cluster's own privileged components` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: metrics }
  template:
    metadata:
      labels: { app: metrics }
    spec:
      containers:
        - name: metrics
          image: registry.example.com/metrics:0.7.2
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
