import { defineRule, podSpecOf, WORKLOAD_KINDS } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-host-ipc",
    title: "Pod shares the host IPC namespace (hostIPC)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`hostIPC: true` joins the pod to the node's IPC namespace: it can read and write the shared memory segments and message queues of every process on the node, including other tenants' containers.",
    remediation: "Remove `hostIPC: true`; containers that need shared memory with each other can share an `emptyDir` with `medium: Memory` inside the pod.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.4"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: do not share host namespaces"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "host-namespaces", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.hostIPC === true) report({ at: [...pod.path, "hostIPC"], message: `${workload.name} shares the host IPC namespace (hostIPC): it can read the shared memory of every process on the node` });
  },
  examples: {
    valid: [
      {
        filename: "statefulset.yaml",
        code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
  namespace: shop
spec:
  serviceName: cache
  selector:
    matchLabels: { app: cache }
  template:
    metadata:
      labels: { app: cache }
    spec:
      containers:
        - name: redis
          image: redis:7.2.5
      volumes:
        - name: shm
          emptyDir: { medium: Memory }
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: perf-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: perf-agent }
  template:
    metadata:
      labels: { app: perf-agent }
    spec:
      hostIPC: true
      containers:
        - name: agent
          image: registry.example.com/perf-agent:0.9.1
`,
        errors: [{ line: 13, column: 7, messageIncludes: "hostIPC" }],
      },
    ],
  },
});
