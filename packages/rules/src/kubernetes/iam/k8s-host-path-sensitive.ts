import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { containersMounting, hostPathVolumes, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-host-path-sensitive",
    title: "Pod mounts a sensitive host path (/, /etc, /proc, kubelet or system folders)",
    severity: "high",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod mounts a node folder that holds credentials or the node's own software: the root filesystem, `/etc` (kubelet and kubeadm credentials), `/proc`, `/sys`, `/dev`, system binaries or the kubelet, etcd and container runtime state. Read access leaks cluster credentials; write access takes over the node.",
    remediation: "Do not mount node system folders into pods. Mount only the narrowest, non-sensitive path a node agent needs, read-only, and keep such agents in a dedicated, locked-down namespace.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-250"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "host-path", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "sensitive")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      const what = volume.hostPath === "/" ? "the node's root filesystem (host path /)" : `sensitive host path ${volume.hostPath}`;
      report({ at: volume.at, message: `${workload.name} mounts ${what}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        name: "a data folder of the node is the general hostPath rule's concern",
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: local-cache
spec:
  containers:
    - name: cache
      image: registry.example.com/cache:1.0.4
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      hostPath:
        path: /mnt/fast-ssd/cache
        type: DirectoryOrCreate
`,
      },
    ],
    invalid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: node-inspector
  namespace: ops
spec:
  selector:
    matchLabels: { app: node-inspector }
  template:
    metadata:
      labels: { app: node-inspector }
    spec:
      containers:
        - name: inspector
          image: registry.example.com/ops/inspector:0.4.0
          volumeMounts:
            - name: host-root
              mountPath: /host
            - name: kubelet
              mountPath: /host-kubelet
              readOnly: true
      volumes:
        - name: host-root
          hostPath:
            path: /
        - name: kubelet
          hostPath:
            path: /var/lib/kubelet/
`,
        errors: [
          { line: 25, column: 13, messageIncludes: "root filesystem" },
          { line: 28, column: 13, messageIncludes: "/var/lib/kubelet" },
        ],
      },
    ],
  },
});
