import { defineRule, podSpecOf, WORKLOAD_KINDS } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-share-process-namespace",
    title: "Pod containers share one process namespace (shareProcessNamespace)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`shareProcessNamespace: true` lets every container of the pod see and signal the others' processes and read their environment and files through `/proc/<pid>/root`: a compromised sidecar reaches the main container's secrets, and the reverse.",
    remediation: "Remove `shareProcessNamespace` unless a debugging or process-supervision sidecar requires it; use ephemeral debug containers instead.",
    precision: "very-high",
    cwe: ["CWE-668"],
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/"],
  },
  check(workload, { report }) {
    const pod = podSpecOf(workload);
    if (pod?.spec.shareProcessNamespace === true) {
      report({ at: [...pod.path, "shareProcessNamespace"], message: `${workload.name} shares one process namespace between its containers (shareProcessNamespace): each can read the others' processes and secrets` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`,
      },
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  shareProcessNamespace: true
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
    - name: log-agent
      image: registry.example.com/log-agent:2.0.0
`,
        errors: [{ line: 6, column: 3 }],
      },
    ],
  },
});
