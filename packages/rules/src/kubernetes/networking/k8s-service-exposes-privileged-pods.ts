import { defineRule, type AttributePath, type Resource } from "@tollgate/engine";
import { externalServiceType } from "../../support/kubernetes-exposure.js";
import { privilegedContainersOf } from "../../support/kubernetes-privilege.js";

export default defineRule({
  meta: {
    id: "k8s-service-exposes-privileged-pods",
    title: "LoadBalancer, NodePort or Ingress exposes privileged pods",
    severity: "high",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service", "Ingress"],
    description:
      "A Service of type LoadBalancer or NodePort, or an Ingress, routes traffic from outside the cluster to pods with a privileged container (or one adding `SYS_ADMIN` or `ALL` capabilities). A remote code execution in that exposed process is then a takeover of the node and of every pod on it, reachable from the internet.",
    remediation:
      "Remove `privileged: true` and the added capabilities from the exposed containers; if node-level access is truly needed, split it into a separate, unexposed workload. Keep internet-facing Services on pods that run unprivileged, as non-root, with a read-only root filesystem.",
    precision: "high",
    cwe: ["CWE-250", "CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Pod security: non-root, unprivileged containers", "Network separation and hardening"] },
    tags: ["service", "ingress", "network-exposure", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/", "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"],
  },
  check(resource, { graph, report }) {
    if (resource.type === "Service") {
      const type = externalServiceType(resource);
      if (!type) return;
      reportPrivileged(graph.targets(resource.id, "selects"), ["spec", "type"], `${resource.name} (${type})`);
      return;
    }
    // An Ingress in front of a LoadBalancer or NodePort Service adds no exposure that the Service finding does not already show.
    for (const edge of graph.edgesFrom(resource.id, "references")) {
      const service = graph.get(edge.to);
      if (service?.type !== "Service" || externalServiceType(service)) continue;
      reportPrivileged(graph.targets(service.id, "selects"), edge.via ?? [], `${resource.name} through ${service.name}`);
    }

    function reportPrivileged(workloads: readonly Resource[], at: AttributePath, exposure: string): void {
      const exposed = workloads.flatMap((workload) => privilegedContainersOf(workload).map((container) => ({ workload, container })));
      if (exposed.length === 0) return;
      const names = [...new Set(exposed.map(({ workload, container }) => `${workload.name} (container "${container.name}" ${container.reason})`))].join(", ");
      report({
        at,
        message: `${exposure} exposes privileged pods outside the cluster: ${names}`,
        related: exposed.map(({ workload, container }) => ({ resource: workload.id, at: container.at, message: `container "${container.name}" of ${workload.name} ${container.reason === "privileged" ? "runs privileged" : container.reason}` })),
      });
    }
  },
  examples: {
    valid: [
      {
        name: "LoadBalancer in front of unprivileged pods; privileged pods behind a ClusterIP Service",
        filename: "web.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 443
---
apiVersion: v1
kind: Service
metadata:
  name: node-agent
spec:
  selector:
    app: node-agent
  ports:
    - port: 9100
`,
        extraFiles: {
          "workloads.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels:
      app: node-agent
  template:
    metadata:
      labels:
        app: node-agent
    spec:
      containers:
        - name: agent
          image: registry.example.com/node-agent:2.0.1
          securityContext:
            privileged: true
`,
        },
      },
    ],
    invalid: [
      {
        name: "NodePort Service selecting a privileged Deployment",
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: debug
  namespace: tools
spec:
  type: NodePort
  selector:
    app: debug
  ports:
    - port: 8080
      nodePort: 30080
`,
        extraFiles: {
          "deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: debug
  namespace: tools
spec:
  selector:
    matchLabels:
      app: debug
  template:
    metadata:
      labels:
        app: debug
    spec:
      containers:
        - name: shell
          image: registry.example.com/debug:1.0.0
          securityContext:
            privileged: true
`,
        },
        errors: [{ file: "service.yaml", line: 7, column: 3, messageIncludes: 'Deployment/tools/debug (container "shell" privileged)' }],
      },
      {
        name: "Ingress to a ClusterIP Service selecting pods that add SYS_ADMIN",
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: files
spec:
  rules:
    - host: files.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: files
                port:
                  number: 80
`,
        extraFiles: {
          "files.yaml": `apiVersion: v1
kind: Service
metadata:
  name: files
spec:
  selector:
    app: files
  ports:
    - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: files
  labels:
    app: files
spec:
  containers:
    - name: fuse
      image: registry.example.com/fuse:3.1.0
      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
`,
        },
        errors: [{ file: "ingress.yaml", line: 14, column: 17, messageIncludes: "adds SYS_ADMIN" }],
      },
    ],
  },
});
