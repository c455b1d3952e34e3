import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { containersMounting, hostPathVolumes, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-host-path-volume",
    title: "Pod mounts a host path (hostPath volume)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "A hostPath volume gives the pod a directory of the node's filesystem. Files written there outlive the pod and are seen by the node and other pods, symbolic links in it can lead outside it, and it ties the pod to one node. The Pod Security Standards baseline profile forbids hostPath volumes.",
    remediation: "Use an `emptyDir`, a PersistentVolumeClaim or a CSI volume instead; if node files are truly needed, mount the narrowest path read-only and run the pod under a reviewed exception.",
    precision: "high",
    cwe: ["CWE-668"],
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
    // Sensitive paths and runtime sockets have their own rules.
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "other")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts host path ${volume.hostPath}${by} (hostPath volume "${volume.name}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "deployment.yaml",
        code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  selector:
    matchLabels: { app: worker }
  template:
    metadata:
      labels: { app: worker }
    spec:
      containers:
        - name: worker
          image: registry.example.com/jobs/worker:4.0.2
          volumeMounts:
            - name: scratch
              mountPath: /tmp/work
      volumes:
        - name: scratch
          emptyDir: {}
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: logging
spec:
  selector:
    matchLabels: { app: log-shipper }
  template:
    metadata:
      labels: { app: log-shipper }
    spec:
      containers:
        - name: shipper
          image: registry.example.com/logging/shipper:2.2.0
          volumeMounts:
            - name: varlog
              mountPath: /var/log
              readOnly: true
      volumes:
        - name: varlog
          hostPath:
            path: /var/log
`,
        errors: [{ line: 23, column: 13, messageIncludes: "host path /var/log" }],
      },
    ],
  },
});
