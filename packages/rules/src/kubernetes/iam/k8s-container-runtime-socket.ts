import { defineRule, WORKLOAD_KINDS } from "@tollgate/engine";
import { containersMounting, hostPathVolumes, podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-container-runtime-socket",
    title: "Pod mounts the container runtime socket (docker.sock, containerd.sock)",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "The pod mounts the Docker, containerd or CRI-O socket of its node. Whoever can talk to that socket can start a privileged container with the node's root filesystem mounted: it is root on the node, whatever the pod's own security context says, and a read-only mount does not prevent it.",
    remediation: "Do not mount runtime sockets into workloads. Build images with rootless builders (BuildKit rootless, kaniko) and read container metadata through the Kubernetes API instead.",
    precision: "very-high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: {
      "CIS Kubernetes 1.9": ["5.2.12"],
      "NSA-CISA Kubernetes Hardening": ["Pod security: restrict host filesystem access"],
      "Pod Security Standards": ["baseline"],
    },
    tags: ["pod-security", "host-path", "docker-socket", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", "https://kubernetes.io/docs/concepts/security/pod-security-standards/"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const volume of hostPathVolumes(pod).filter((found) => found.kind === "runtime-socket")) {
      const users = containersMounting(pod, volume.name);
      const by = users.length > 0 ? ` into ${users.map((name) => `"${name}"`).join(", ")}` : "";
      report({ at: volume.at, message: `${workload.name} mounts the container runtime socket ${volume.hostPath}${by}: root on the node` });
    }
  },
  examples: {
    valid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: gcr.io/kaniko-project/executor:v1.23.2
          args: ["--context=git://git.example.com/shop.git", "--destination=registry.example.com/shop:1.0.0"]
`,
      },
    ],
    invalid: [
      {
        filename: "job.yaml",
        code: `apiVersion: batch/v1
kind: Job
metadata:
  name: image-build
  namespace: ci
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: build
          image: docker:27.1.1-cli
          command: ["docker", "build", "-t", "registry.example.com/shop:1.0.0", "."]
          volumeMounts:
            - name: docker
              mountPath: /var/run/docker.sock
      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock
            type: Socket
`,
        errors: [{ line: 20, column: 13, messageIncludes: "docker.sock" }],
      },
    ],
  },
});
