import { defineRule, getPath, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-privilege-escalation-allowed",
    title: "Container explicitly allows privilege escalation (allowPrivilegeEscalation: true)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`allowPrivilegeEscalation: true` leaves the kernel's `no_new_privs` flag off, so a process in the container can gain more privileges than its parent through setuid binaries or file capabilities: a non-root foothold becomes root in the container. The Pod Security Standards restricted profile requires `false`.",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on the container; run it as a non-root user and remove setuid binaries from the image.",
    precision: "very-high",
    cwe: ["CWE-269"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.6"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"],
    },
    tags: ["pod-security", "privilege-escalation", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "allowPrivilegeEscalation"]) !== true) continue;
      report({ at: [...view.path, "securityContext", "allowPrivilegeEscalation"], message: `container "${view.name}" of ${workload.name} allows privilege escalation (allowPrivilegeEscalation: true)` });
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
      securityContext:
        allowPrivilegeEscalation: false
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy-app
  namespace: back-office
spec:
  selector:
    matchLabels: { app: legacy-app }
  template:
    metadata:
      labels: { app: legacy-app }
    spec:
      containers:
        - name: app
          image: registry.example.com/back-office/legacy:7.4.0
          securityContext:
            runAsUser: 1000
            allowPrivilegeEscalation: true
`,
        errors: [{ line: 18, column: 13, messageIncludes: "allows privilege escalation" }],
      },
    ],
  },
});
