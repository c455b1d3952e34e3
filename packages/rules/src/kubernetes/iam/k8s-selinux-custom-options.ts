import { defineRule, isObject, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { containerList, effectiveSetting, podOf } from "../../support/pod-security.js";

/** SELinux types the Pod Security Standards baseline profile allows. */
const ALLOWED_TYPES = new Set(["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

export default defineRule({
  meta: {
    id: "k8s-selinux-custom-options",
    title: "Custom SELinux type, user or role (seLinuxOptions)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod or container sets an SELinux type outside the container types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`), or a custom SELinux user or role. A type such as `spc_t` or `unconfined_t` lifts the SELinux confinement that keeps containers away from host files. The Pod Security Standards baseline profile forbids it.",
    remediation: "Remove `seLinuxOptions.type`, `user` and `role`, keeping only `level` when the workload needs a specific MCS label.",
    precision: "very-high",
    cwe: ["CWE-693"],
    frameworks: {
      "NSA-CISA Kubernetes Hardening": ["Pod security: use seccomp, AppArmor or SELinux"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "selinux", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = new Map<string, { path: AttributePath; containers: string[]; pod: boolean; problem: string }>();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "seLinuxOptions");
      if (!options || !isObject(options.value)) continue;
      const { type, user, role } = options.value;
      let problem: { field: string; text: string } | undefined;
      if (typeof type === "string" && type !== "" && !ALLOWED_TYPES.has(type)) problem = { field: "type", text: `SELinux type ${type}` };
      else if (typeof user === "string" && user !== "") problem = { field: "user", text: `SELinux user ${user}` };
      else if (typeof role === "string" && role !== "") problem = { field: "role", text: `SELinux role ${role}` };
      if (!problem) continue;
      const path = [...options.path, problem.field];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod", problem: problem.text });
    }
    for (const group of groups.values()) {
      const where = group.pod ? `the pod securityContext of ${workload.name}` : `${containerList(group.containers)} of ${workload.name}`;
      report({ at: group.path, message: `${where} sets a custom ${group.problem} for ${containerList(group.containers)}` });
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
    seLinuxOptions:
      level: "s0:c123,c456"
  containers:
    - name: api
      image: registry.example.com/api:5.0.1
      securityContext:
        seLinuxOptions:
          type: container_t
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: storage
spec:
  selector:
    matchLabels: { app: csi-node }
  template:
    metadata:
      labels: { app: csi-node }
    spec:
      securityContext:
        seLinuxOptions:
          type: spc_t
      containers:
        - name: driver
          image: registry.example.com/storage/csi-driver:1.12.0
        - name: registrar
          image: registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1
`,
        errors: [{ line: 15, column: 11, messageIncludes: "SELinux type spc_t for containers \"driver\", \"registrar\"" }],
      },
    ],
  },
});
