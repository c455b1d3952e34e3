import { defineRule, isUnknown, WORKLOAD_KINDS } from "@tollgate/engine";
import { annotationsAt, containerAnnotation, effectiveSetting, isWindowsPod, podMetadataPath, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-seccomp-profile-missing",
    title: "Container has no seccomp profile (seccompProfile not set)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Neither the container nor its pod sets a seccomp profile, so on most clusters it runs without system call filtering (the kubelet applies `RuntimeDefault` only when `--seccomp-default` is on). The Pod Security Standards restricted profile requires `RuntimeDefault` or `Localhost`.",
    remediation: "Add `securityContext.seccompProfile.type: RuntimeDefault` to the pod spec; every container inherits it.",
    precision: "high",
    cwe: ["CWE-693"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.7.2"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["restricted"],
    },
    tags: ["pod-security", "seccomp", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tutorials/security/seccomp/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod || isWindowsPod(pod)) return;
    const podAnnotation = annotationsAt(workload.attributes, podMetadataPath(pod)).has("seccomp.security.alpha.kubernetes.io/pod");
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      if (effectiveSetting(pod, view, "seccompProfile") || podAnnotation) continue;
      if (containerAnnotation(workload.attributes, pod, "container.seccomp.security.alpha.kubernetes.io", view.name)) continue;
      const at = view.container.securityContext !== undefined ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} has no seccomp profile: set seccompProfile type RuntimeDefault on the pod` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
`,
      },
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  namespace: shop
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext:
        runAsNonRoot: true
      containers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
`,
        errors: [{ line: 13, column: 11, messageIncludes: "no seccomp profile" }],
      },
    ],
  },
});
