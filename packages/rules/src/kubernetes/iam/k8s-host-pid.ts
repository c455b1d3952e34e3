import { defineRule, podSpecOf, WORKLOAD_KINDS } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-host-pid",
    title: "Pod shares the host PID namespace (hostPID)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`hostPID: true` lets the pod see every process on the node. A root process in it can read other containers' environment and memory through `/proc`, signal them, or enter the node's namespaces with `nsenter` when combined with privilege.",
    remediation: "Remove `hostPID: true`. Node-level process monitoring belongs in a dedicated, reviewed agent, not in application pods.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.3"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostPID === true) report({ at: [...pod.path, "hostPID"], message: `${workload.name} shares the host PID namespace (hostPID): it sees and can signal every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      hostPID: false
      containers:
        - name: api
          image: registry.example.com/shop/api:2.8.0
`,
      },
    ],
    invalid: [
      {
        filename: "debug-pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: node-debugger
  namespace: ops
spec:
  hostPID: true
  containers:
    - name: shell
      image: registry.example.com/tools/debug:1.3.0
      command: ["sleep", "3600"]
`,
        errors: [{ line: 7, column: 3, messageIncludes: "hostPID" }],
      },
    ],
  },
});
