import { containersOf, defineRule, getPath, WORKLOAD_KINDS } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-privileged-container",
    title: "Container runs privileged",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`securityContext.privileged: true` gives the container every capability and access to the host's devices: a process in it can take over the node and every pod on it. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `privileged: true`; grant the one capability the workload needs with `capabilities.add` instead, or move node-level work to a dedicated, audited DaemonSet.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.2"], "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      if (getPath(container, ["securityContext", "privileged"]) === true) {
        report({ at: [...path, "securityContext", "privileged"], message: `container "${name}" of ${workload.name} runs privileged` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      securityContext:
        privileged: false
`,
      },
    ],
    invalid: [
      {
        name: "CronJob through the pod-spec view",
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: registry.example.com/backup:2.1.0
              securityContext:
                privileged: true
`,
        errors: [{ line: 16, column: 17 }],
      },
    ],
  },
});
