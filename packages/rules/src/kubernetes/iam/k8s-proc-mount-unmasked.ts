import { defineRule, getPath, WORKLOAD_KINDS } from "@tollgate/engine";
import { podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-proc-mount-unmasked",
    title: "Container mounts /proc unmasked (procMount: Unmasked)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`procMount: Unmasked` removes the masking and read-only paths the runtime applies to `/proc` (such as `/proc/sys`, `/proc/sysrq-trigger` and `/proc/kcore`), exposing kernel interfaces that can leak host information or change node settings. The Pod Security Standards baseline profile requires the `Default` proc mount.",
    remediation: "Remove `procMount` or set it to `Default`. Nested container runtimes should run in user-namespaced pods (`hostUsers: false`) built for it.",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      if (getPath(view.container, ["securityContext", "procMount"]) !== "Unmasked") continue;
      report({ at: [...view.path, "securityContext", "procMount"], message: `container "${view.name}" of ${workload.name} mounts /proc unmasked (procMount: Unmasked)` });
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
        procMount: Default
`,
      },
    ],
    invalid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: nested-runtime
spec:
  containers:
    - name: sysbox
      image: registry.example.com/ci/nested:0.6.4
      securityContext:
        procMount: Unmasked
`,
        errors: [{ line: 10, column: 9 }],
      },
    ],
  },
});
