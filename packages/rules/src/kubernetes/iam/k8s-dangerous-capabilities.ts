import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { capabilities, NODE_ESCAPE_CAPABILITIES, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-dangerous-capabilities",
    title: "Container adds dangerous capabilities (SYS_ADMIN, ALL, SYS_PTRACE, SYS_MODULE)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The container adds a Linux capability that is a known way out of the container: `SYS_ADMIN` (mount, namespaces, cgroup escapes), `ALL`, `SYS_MODULE` (load kernel modules), `SYS_PTRACE` (inject into processes), `SYS_RAWIO`, `DAC_READ_SEARCH` (read any host file through open handles), `BPF` or `SYS_BOOT`. Such a container is nearly as powerful as a privileged one.",
    remediation: "Remove the capability from `securityContext.capabilities.add`, drop `ALL`, and add back only the narrow capability the process needs (often `NET_BIND_SERVICE`, or none).",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const dangerous = capabilities(view, "add").filter((entry) => NODE_ESCAPE_CAPABILITIES.has(entry.name));
      if (dangerous.length === 0) continue;
      report({
        at: dangerous[0]!.path,
        message: `container "${view.name}" of ${workload.name} adds the ${dangerous.map((entry) => entry.name).join(", ")} ${dangerous.length === 1 ? "capability" : "capabilities"}, enough to escape to the node`,
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
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27.0
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`,
      },
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: fuse-mounter
spec:
  containers:
    - name: mounter
      image: registry.example.com/storage/s3fs:1.94
      securityContext:
        capabilities:
          add:
            - CHOWN
            - SYS_ADMIN
    - name: tracer
      image: registry.example.com/tools/tracer:0.2.0
      securityContext:
        capabilities:
          add: ["cap_sys_ptrace"]
`,
        errors: [
          { line: 13, column: 15, messageIncludes: "SYS_ADMIN" },
          { line: 18, column: 17, messageIncludes: "SYS_PTRACE" },
        ],
      },
    ],
  },
});
