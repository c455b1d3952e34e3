import { defineRule, getPath, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { annotationsAt, containerAnnotation, containerList, effectiveSetting, podMetadataPath, podOf } from "../../support/pod-security.js";

/** Deprecated annotations that older manifests still use for seccomp. */
const POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
const CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io";

export default defineRule({
  meta: {
    id: "k8s-seccomp-unconfined",
    title: "Seccomp profile set to Unconfined",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "A seccomp profile of type `Unconfined` turns off system call filtering: the container can call `unshare`, `keyctl`, `bpf`, `ptrace` and other calls that most kernel privilege-escalation exploits depend on. The Pod Security Standards baseline profile forbids `Unconfined`.",
    remediation: "Use `seccompProfile: { type: RuntimeDefault }` at the pod level, or a `Localhost` profile tailored to the workload.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = new Map<string, { path: AttributePath; containers: string[]; pod: boolean }>();
    const add = (path: AttributePath, container: string, fromPod: boolean) => {
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(container);
      else groups.set(key, { path, containers: [container], pod: fromPod });
    };
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).get(POD_ANNOTATION);
    for (const view of pod.containers) {
      const profile = effectiveSetting(pod, view, "seccompProfile");
      if (profile) {
        if (getPath(profile.value, ["type"]) === "Unconfined") add([...profile.path, "type"], view.name, profile.from === "pod");
        continue;
      }
      const annotation = containerAnnotation(workload.attributes, pod, CONTAINER_ANNOTATION_PREFIX, view.name);
      if (annotation) {
        if (annotation.value === "unconfined") add(annotation.path, view.name, false);
      } else if (podAnnotation === "unconfined") {
        add([...podMetadataPath(pod), "annotations", POD_ANNOTATION], view.name, true);
      }
    }
    for (const group of groups.values()) {
      const where = group.pod ? `${workload.name} sets its pod seccomp profile to Unconfined` : `${containerList(group.containers)} of ${workload.name} set the seccomp profile to Unconfined`;
      report({ at: group.path, message: `${where}: no system call filtering for ${containerList(group.containers)}` });
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
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`,
      },
    ],
    invalid: [
      {
        name: "pod field and the deprecated container annotation",
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracer
  namespace: observability
spec:
  selector:
    matchLabels: { app: tracer }
  template:
    metadata:
      labels: { app: tracer }
      annotations:
        container.seccomp.security.alpha.kubernetes.io/sidecar: unconfined
    spec:
      securityContext:
        seccompProfile:
          type: Unconfined
      containers:
        - name: tracer
          image: registry.example.com/observability/tracer:0.7.0
        - name: sidecar
          image: registry.example.com/observability/sidecar:0.7.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`,
        errors: [{ line: 17, column: 11, messageIncludes: "pod seccomp profile to Unconfined" }],
      },
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: legacy
  annotations:
    container.seccomp.security.alpha.kubernetes.io/app: unconfined
spec:
  containers:
    - name: app
      image: registry.example.com/legacy:1.0.0
`,
        errors: [{ line: 6, column: 5, messageIncludes: "container \"app\"" }],
      },
    ],
  },
});
