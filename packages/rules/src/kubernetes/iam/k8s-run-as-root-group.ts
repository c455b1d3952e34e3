import { defineRule, WORKLOAD_KINDS, type ContainerView } from "@tollgate/engine";
import { containerList, effectiveSetting, groupBySetting, podOf, type EffectiveSetting } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-run-as-root-group",
    title: "Container runs with the root group (runAsGroup: 0)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`runAsGroup: 0` gives the container's processes the root group: they can read and write every file of the image and of mounted volumes that is group-owned by root, which often includes files meant only for root.",
    remediation: "Set `runAsGroup` to a non-zero GID, and use `fsGroup` with a non-zero GID for volume access.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers"] },
    tags: ["pod-security", "root", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const root: Array<{ view: ContainerView; setting: EffectiveSetting }> = [];
    for (const view of pod.containers) {
      const setting = effectiveSetting(pod, view, "runAsGroup");
      if (setting?.value === 0) root.push({ view, setting });
    }
    for (const group of groupBySetting(root)) {
      const where = group.from === "pod" ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets runAsGroup: 0: ${containerList(group.containers)} run with the root group` });
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
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
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
  securityContext:
    runAsUser: 10001
    runAsGroup: 0
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
`,
        errors: [{ line: 8, column: 5, messageIncludes: "runAsGroup: 0" }],
      },
    ],
  },
});
