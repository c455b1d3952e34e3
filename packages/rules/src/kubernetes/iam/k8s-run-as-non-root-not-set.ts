import { defineRule, isUnknown, WORKLOAD_KINDS, type ContainerView } from "@tollgate/engine";
import { containerList, effectiveSetting, groupBySetting, isWindowsPod, podOf, type EffectiveSetting } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-run-as-non-root-not-set",
    title: "Container may run as root (runAsNonRoot not true, no non-root runAsUser)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "Neither the container nor its pod sets `runAsNonRoot: true` or a non-zero `runAsUser`, so the container runs as whatever user its image names, which for most images is root. The Pod Security Standards restricted profile requires `runAsNonRoot: true`, so that the kubelet refuses to start a container as root.",
    remediation: "Set `securityContext.runAsNonRoot: true` at the pod level (containers inherit it), together with a non-zero `runAsUser` if the image does not name a numeric non-root user.",
    precision: "high",
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
    if (!pod || isWindowsPod(pod)) return;
    const explicitFalse: Array<{ view: ContainerView; setting: EffectiveSetting }> = [];
    for (const view of pod.containers) {
      if (isUnknown(view.container.securityContext) || isUnknown(pod.spec.securityContext)) continue;
      const nonRoot = effectiveSetting(pod, view, "runAsNonRoot");
      const user = effectiveSetting(pod, view, "runAsUser");
      if (nonRoot?.value === true || isUnknown(nonRoot?.value) || isUnknown(user?.value)) continue;
      // A non-zero user is not root; user 0 is reported by k8s-run-as-root-user.
      if (typeof user?.value === "number") continue;
      if (nonRoot?.value === false) {
        explicitFalse.push({ view, setting: nonRoot });
        continue;
      }
      const at = view.container.securityContext !== undefined ? [...view.path, "securityContext"] : view.path;
      report({ at, message: `container "${view.name}" of ${workload.name} may run as root: neither it nor its pod sets runAsNonRoot: true or a non-root runAsUser` });
    }
    for (const group of groupBySetting(explicitFalse)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsNonRoot: false: ${containerList(group.containers)} may run as root` });
    }
  },
  examples: {
    valid: [
      {
        name: "inherited from the pod, or a numeric non-root user",
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
        runAsNonRoot: true
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
      initContainers:
        - name: migrate
          image: registry.example.com/shop/migrate:5.0.1
          securityContext:
            runAsUser: 65532
`,
      },
    ],
    invalid: [
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
      containers:
        - name: api
          image: registry.example.com/shop/api:5.0.1
          securityContext:
            readOnlyRootFilesystem: true
        - name: metrics
          image: registry.example.com/shop/metrics:1.0.0
          securityContext:
            runAsNonRoot: false
`,
        errors: [
          { line: 16, column: 11, messageIncludes: "\"api\"" },
          { line: 21, column: 13, messageIncludes: "runAsNonRoot: false" },
        ],
      },
    ],
  },
});
