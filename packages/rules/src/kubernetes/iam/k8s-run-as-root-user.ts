import { defineRule, WORKLOAD_KINDS, type ContainerView } from "@tollgate/engine";
import { containerList, effectiveSetting, groupBySetting, podOf, type EffectiveSetting } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-run-as-root-user",
    title: "Container runs as root (runAsUser: 0)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`runAsUser: 0` runs the container's processes as root. Root in a container owns every file of the image and of its volumes, and is one kernel bug or misconfiguration (a writable hostPath, an added capability) away from root on the node. The Pod Security Standards restricted profile forbids user 0.",
    remediation: "Set `runAsUser` to a non-zero UID that the image is built for (and `runAsNonRoot: true`); fix file ownership in the image rather than running as root.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.7"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"],
      "Pod Security Standards": ["restricted"],
    },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root: Array<{ view: ContainerView; setting: EffectiveSetting }> = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsUser");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name} sets runAsUser: 0` : `${containerList(group.containers)} of ${workload.name} sets runAsUser: 0`;
      const who = group.from === "pod" ? `: ${containerList(group.containers)} run as root` : ": runs as root";
      report({ at: group.path, message: `${where}${who}` });
    }
  },
  examples: {
    valid: [
      {
        name: "a container overrides the pod's root user",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        runAsUser: 10001
        runAsNonRoot: true
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-audit
  namespace: security
spec:
  selector:
    matchLabels: { app: node-audit }
  template:
    metadata:
      labels: { app: node-audit }
    spec:
      securityContext:
        runAsUser: 0
      containers:
        - name: audit
          image: registry.example.com/security/audit:1.8.0
        - name: exporter
          image: registry.example.com/security/exporter:1.8.0
          securityContext:
            runAsUser: 0
`,
        errors: [
          { line: 14, column: 9, messageIncludes: "pod securityContext" },
          { line: 21, column: 13, messageIncludes: "container \"exporter\"" },
        ],
      },
    ],
  },
});
