import { asList, defineRule, getPath, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-service-node-port",
    title: "Service exposed on every node through a NodePort",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description:
      "A Service of type `NodePort` opens its port on every node's address. Whoever can reach any node (from the node network, or the internet when nodes have public addresses) reaches the service directly, around the Ingress controller's TLS and authentication.",
    remediation: "Use a ClusterIP Service behind an Ingress, or an internal LoadBalancer; when a NodePort is unavoidable, firewall the node port range to the load balancer's addresses.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service", "node-port"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"],
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "NodePort") return;
    const nodePorts = asList(getPath(service.attributes, ["spec", "ports"]))
      .map((port) => (isObject(port) ? port.nodePort : undefined))
      .filter((port) => typeof port === "number");
    const which = nodePorts.length > 0 ? ` (node port ${nodePorts.join(", ")})` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed on every node's address through a NodePort${which}` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
spec:
  type: ClusterIP
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
`,
      },
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders-debug
  namespace: shop
spec:
  type: NodePort
  selector: { app: orders }
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
`,
        errors: [{ line: 7, column: 3, messageIncludes: "NodePort (node port 30080)" }],
      },
    ],
  },
});
