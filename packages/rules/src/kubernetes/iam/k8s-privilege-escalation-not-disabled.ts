import { defineRule, getPath, isObject, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { capabilities, isWindowsPod, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-privilege-escalation-not-disabled",
    title: "Container does not disable privilege escalation (allowPrivilegeEscalation not set to false)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Containers allow privilege escalation unless `allowPrivilegeEscalation: false` is set: setuid binaries in the image (`su`, `sudo`, `ping` on older images) can turn a non-root foothold into root inside the container. The Pod Security Standards restricted profile requires the setting on every container.",
    remediation: "Add `securityContext.allowPrivilegeEscalation: false` to every container.",
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
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      const securityContext = view.container.securityContext;
      if (isUnknown(securityContext)) continue;
      const setting = getPath(securityContext, ["allowPrivilegeEscalation"]);
      // Explicitly true is its own rule; privileged containers always escalate and are reported as privileged.
      if (setting !== undefined && setting !== null) continue;
      if (getPath(securityContext, ["privileged"]) === true) continue;
      if (capabilities(view, "add").some((entry) => entry.name === "SYS_ADMIN" || entry.name === "ALL")) continue;
      report({
        at: isObject(securityContext) ? [...view.path, "securityContext"] : view.path,
        message: `container "${view.name}" of ${workload.name} does not set allowPrivilegeEscalation: false, so setuid binaries can escalate to root`,
      });
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
        filename: "cronjob.yaml",
        code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: finance
spec:
  schedule: "30 6 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: registry.example.com/finance/fetch:1.0.3
          containers:
            - name: report
              image: registry.example.com/finance/report:2.4.0
              securityContext:
                runAsNonRoot: true
`,
        errors: [
          { line: 14, column: 15, messageIncludes: "\"fetch\"" },
          { line: 19, column: 15, messageIncludes: "\"report\"" },
        ],
      },
    ],
  },
});
