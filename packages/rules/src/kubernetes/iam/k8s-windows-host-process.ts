import { defineRule, getPath, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { containerList, effectiveSetting, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-windows-host-process",
    title: "Windows HostProcess container runs directly on the node",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "`windowsOptions.hostProcess: true` runs the container as a process on the Windows node, with the node's network and filesystem and, typically, a SYSTEM or administrator account: it is full control of the node. The Pod Security Standards baseline profile forbids HostProcess pods.",
    remediation: "Remove `hostProcess: true`; keep node-management HostProcess DaemonSets in a dedicated, admin-only namespace exempted by policy.",
    precision: "very-high",
    cwe: ["CWE-250"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.11"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "windows", "workload-privilege"],
    references: ["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    const groups = new Map<string, { path: AttributePath; containers: string[]; pod: boolean }>();
    for (const view of pod.containers) {
      const options = effectiveSetting(pod, view, "windowsOptions");
      if (!options || getPath(options.value, ["hostProcess"]) !== true) continue;
      const path = [...options.path, "hostProcess"];
      const key = JSON.stringify(path);
      const group = groups.get(key);
      if (group) group.containers.push(view.name);
      else groups.set(key, { path, containers: [view.name], pod: options.from === "pod" });
    }
    for (const group of groups.values()) {
      report({ at: group.path, message: `${workload.name} runs ${containerList(group.containers)} as Windows HostProcess containers, privileged on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: win-node-agent
  namespace: ops
spec:
  selector:
    matchLabels: { app: win-node-agent }
  template:
    metadata:
      labels: { app: win-node-agent }
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
        - name: agent
          image: registry.example.com/ops/win-agent:1.0.0
`,
        errors: [{ line: 16, column: 11, messageIncludes: "HostProcess" }],
      },
    ],
  },
});
