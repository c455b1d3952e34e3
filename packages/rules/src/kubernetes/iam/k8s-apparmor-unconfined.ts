import { defineRule, getPath, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { containerAnnotation, containerList, effectiveSetting, podOf } from "../../support/pod-security.js";

const ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io";

export default defineRule({
  meta: {
    id: "k8s-apparmor-unconfined",
    title: "AppArmor profile set to unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The container runs with AppArmor `unconfined` (through the `appArmorProfile` field or the older `container.apparmor.security.beta.kubernetes.io` annotation), which removes the runtime's default profile that blocks writes to `/proc` and `/sys`, mounts and other container-escape techniques. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove the override so the runtime's default profile applies, or set `appArmorProfile: { type: RuntimeDefault }` (or a `Localhost` profile).",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "apparmor", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/apparmor/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = new Map<string, { path: AttributePath; containers: string[]; pod: boolean }>();
    for (const view of pod.containers) {
      let path: AttributePath | undefined;
      let fromPod = false;
      const profile = effectiveSetting(pod, view, "appArmorProfile");
      const annotation = containerAnnotation(workload.attributes, pod, ANNOTATION_PREFIX, view.name);
      // The field wins over the annotation when both are set on the same level; a container's field wins over either.
      if (profile?.from === "container" || (profile && !annotation)) {
        if (getPath(profile.value, ["type"]) === "Unconfined") {
          path = [...profile.path, "type"];
          fromPod = profile.from === "pod";
        }
      } else if (annotation?.value === "unconfined") {
        path = annotation.path;
      }
      if (!path) continue;
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: fromPod });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${workload.name}`;
      report({ at: group.path, message: `${where} runs ${containerList(group.containers)} with AppArmor unconfined` });
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
  annotations:
    container.apparmor.security.beta.kubernetes.io/api: runtime/default
spec:
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: builder
  namespace: ci
spec:
  selector:
    matchLabels: { app: builder }
  template:
    metadata:
      labels: { app: builder }
      annotations:
        container.apparmor.security.beta.kubernetes.io/buildkit: unconfined
    spec:
      containers:
        - name: buildkit
          image: moby/buildkit:v0.15.1-rootless
        - name: agent
          image: registry.example.com/ci/agent:2.0.0
          securityContext:
            appArmorProfile:
              type: Unconfined
`,
        errors: [
          { line: 13, column: 9, messageIncludes: "container \"buildkit\"" },
          { line: 22, column: 15, messageIncludes: "container \"agent\"" },
        ],
      },
    ],
  },
});
