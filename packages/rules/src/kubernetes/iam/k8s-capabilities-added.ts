import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { BASELINE_CAPABILITIES, capabilities, NETWORK_CAPABILITIES, NODE_ESCAPE_CAPABILITIES, podOf, RESTRICTED_ADDABLE_CAPABILITY } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-capabilities-added",
    title: "Container adds Linux capabilities beyond NET_BIND_SERVICE",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The container adds Linux capabilities other than `NET_BIND_SERVICE`, the only one the Pod Security Standards restricted profile allows; capabilities outside the baseline set (such as `AUDIT_CONTROL` or `SYS_TIME`) also break the baseline profile. Each one widens what a compromised process can do to the node. The most dangerous ones are reported by their own rules.",
    remediation: "Drop `ALL` capabilities and add back only `NET_BIND_SERVICE` when the process binds a port below 1024; redesign the workload if it needs more.",
    precision: "high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.9"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["baseline", "restricted"],
    },
    tags: ["pod-security", "capabilities", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const added = capabilities(view, "add").filter(
        (entry) => entry.name !== RESTRICTED_ADDABLE_CAPABILITY && !NODE_ESCAPE_CAPABILITIES.has(entry.name) && !NETWORK_CAPABILITIES.has(entry.name),
      );
      if (added.length === 0) continue;
      const beyondBaseline = added.some((entry) => !BASELINE_CAPABILITIES.has(entry.name));
      report({
        at: added[0]!.path,
        message: `container "${view.name}" of ${workload.name} adds the ${added.map((entry) => entry.name).join(", ")} ${added.length === 1 ? "capability" : "capabilities"}${beyondBaseline ? " (outside the baseline set)" : ""}`,
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
  name: edge
  namespace: web
spec:
  selector:
    matchLabels: { app: edge }
  template:
    metadata:
      labels: { app: edge }
    spec:
      containers:
        - name: haproxy
          image: haproxy:3.0.3
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
  name: audit-tool
spec:
  containers:
    - name: auditor
      image: registry.example.com/security/auditor:3.1.0
      securityContext:
        capabilities:
          add: ["AUDIT_CONTROL", "CHOWN"]
`,
        errors: [{ line: 11, column: 17, messageIncludes: "AUDIT_CONTROL, CHOWN capabilities (outside the baseline set)" }],
      },
    ],
  },
});
