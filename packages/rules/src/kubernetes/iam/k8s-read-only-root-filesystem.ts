import { defineRule, getPath, isObject, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { isWindowsPod, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-read-only-root-filesystem",
    title: "Container root filesystem is writable (readOnlyRootFilesystem not true)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Without `readOnlyRootFilesystem: true`, an attacker who gets code execution in the container can drop tools, modify binaries and libraries of the image, or plant persistence that survives until the container is replaced.",
    remediation: "Set `securityContext.readOnlyRootFilesystem: true` and give the process `emptyDir` volumes for the paths it writes (`/tmp`, caches).",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: immutable container file systems"] },
    tags: ["pod-security", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    for (const view of pod.containers) {
      // Ephemeral debug containers are meant to be interactive.
      if (view.group === "ephemeralContainers") continue;
      const securityContext = view.container.securityContext;
      const setting = getPath(securityContext, ["readOnlyRootFilesystem"]);
      if (setting === true || isUnknown(securityContext) || isUnknown(setting)) continue;
      const at =
        setting !== undefined && setting !== null
          ? [...view.path, "securityContext", "readOnlyRootFilesystem"]
          : isObject(securityContext)
            ? [...view.path, "securityContext"]
            : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has a writable root filesystem (readOnlyRootFilesystem is not true)` });
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
        readOnlyRootFilesystem: true
      volumeMounts:
        - { name: tmp, mountPath: /tmp }
  volumes:
    - name: tmp
      emptyDir: {}
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
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        readOnlyRootFilesystem: false
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
`,
        errors: [
          { line: 10, column: 9, messageIncludes: "\"api\"" },
          { line: 11, column: 7, messageIncludes: "\"proxy\"" },
        ],
      },
    ],
  },
});
