import { asList, defineRule, isObject, WORKLOAD_KINDS, type AttributePath } from "@tollgate/engine";
import { podOf } from "../../support/pod-security.js";

export default defineRule({
  meta: {
    id: "k8s-host-port",
    title: "Container binds a port on the node (hostPort)",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description:
      "A `hostPort` opens the port on the node's own address and forwards it to the container: the workload is reachable by anything that can reach the node, outside Services and often outside NetworkPolicies, and the port can shadow a node service. The Pod Security Standards baseline profile forbids host ports.",
    remediation: "Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress, or LoadBalancer when it must be public).",
    precision: "very-high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.13"], "Pod Security Standards": ["baseline"] },
    tags: ["pod-security", "network-exposure", "host-port"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/configuration/overview/#services"],
  },
  check(workload, { report }) {
    const pod = podOf(workload);
    if (!pod) return;
    for (const view of pod.containers) {
      const bound: Array<{ port: number; path: AttributePath }> = [];
      asList(view.container.ports).forEach((port, index) => {
        if (isObject(port) && typeof port.hostPort === "number" && port.hostPort > 0) bound.push({ port: port.hostPort, path: [...view.path, "ports", index, "hostPort"] });
      });
      if (bound.length === 0) continue;
      report({ at: bound[0]!.path, message: `container "${view.name}" of ${workload.name} is exposed on the node's address through hostPort ${bound.map((entry) => entry.port).join(", ")}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "pod.yaml",
        code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.0
      ports:
        - containerPort: 8080
`,
      },
    ],
    invalid: [
      {
        filename: "daemonset.yaml",
        code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: edge-proxy
  namespace: ingress
spec:
  selector:
    matchLabels: { app: edge-proxy }
  template:
    metadata:
      labels: { app: edge-proxy }
    spec:
      containers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          ports:
            - containerPort: 8443
              hostPort: 443
`,
        errors: [{ line: 18, column: 15, messageIncludes: "hostPort 443" }],
      },
    ],
  },
});
