import { asList, defineRule, getPath, isUnknown } from "@tollgate/engine";
import { isInternetCidr } from "../../support/network.js";
import { annotationsAt } from "../../support/pod-security.js";

/** Annotations with which each cloud provider makes a LoadBalancer Service internal, and the values that mean it. */
const INTERNAL_ANNOTATIONS: ReadonlyArray<{ key: string; internal: (value: string) => boolean }> = [
  { key: "service.beta.kubernetes.io/aws-load-balancer-internal", internal: (value) => value !== "" && value.toLowerCase() !== "false" },
  { key: "service.beta.kubernetes.io/aws-load-balancer-scheme", internal: (value) => value.toLowerCase() === "internal" },
  { key: "networking.gke.io/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "cloud.google.com/load-balancer-type", internal: (value) => value.toLowerCase() === "internal" },
  { key: "service.beta.kubernetes.io/azure-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/oci-load-balancer-internal", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.beta.kubernetes.io/openstack-internal-load-balancer", internal: (value) => value.toLowerCase() === "true" },
  { key: "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", internal: (value) => value.toLowerCase() === "private" },
  { key: "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", internal: (value) => value.toLowerCase() === "intranet" },
];
const SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";

export default defineRule({
  meta: {
    id: "k8s-service-load-balancer",
    title: "Service exposed to the internet through a public LoadBalancer",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description:
      "A Service of type `LoadBalancer` without an internal-load-balancer annotation or `loadBalancerSourceRanges` gets a public address from the cloud provider: its ports are open to the whole internet. That is right for a public ingress controller and a mistake for anything else.",
    remediation: "Make the load balancer internal with your provider's annotation, restrict `loadBalancerSourceRanges` to the networks that need it, or expose HTTP services through an Ingress instead.",
    precision: "medium",
    cwe: ["CWE-668"],
    frameworks: { "NSA-CISA Kubernetes Hardening": ["Network separation: limit exposure of services"] },
    tags: ["network-exposure", "service"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer", "https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/"],
  },
  check(service, { report }) {
    if (getPath(service.attributes, ["spec", "type"]) !== "LoadBalancer") return;
    const annotations = annotationsAt(service.attributes, ["metadata"]);
    if (INTERNAL_ANNOTATIONS.some(({ key, internal }) => annotations.has(key) && internal(annotations.get(key)!))) return;
    const sourceRanges = getPath(service.attributes, ["spec", "loadBalancerSourceRanges"]);
    if (isUnknown(sourceRanges) || (Array.isArray(sourceRanges) && sourceRanges.some(isUnknown))) return;
    const ranges = [...asList(sourceRanges), ...(annotations.get(SOURCE_RANGES_ANNOTATION)?.split(",") ?? [])].map((range) => String(range).trim()).filter((range) => range !== "");
    if (ranges.length > 0 && !ranges.some(isInternetCidr)) return;
    const ports = asList(getPath(service.attributes, ["spec", "ports"]))
      .map((port) => getPath(port, ["port"]))
      .filter((port) => typeof port === "number");
    const on = ports.length > 0 ? ` on port ${ports.join(", ")}` : "";
    report({ at: ["spec", "type"], message: `${service.name} is exposed to the internet through a public LoadBalancer${on}, open to any source` });
  },
  examples: {
    valid: [
      {
        name: "internal load balancer; public one limited to an office range",
        filename: "services.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: orders
  namespace: shop
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec:
  type: LoadBalancer
  selector: { app: orders }
  ports:
    - port: 443
      targetPort: 8443
---
apiVersion: v1
kind: Service
metadata:
  name: admin
  namespace: shop
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: ["203.0.113.0/24"]
  selector: { app: admin }
  ports:
    - port: 443
`,
      },
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: grafana
  namespace: monitoring
spec:
  type: LoadBalancer
  selector: { app: grafana }
  ports:
    - port: 80
      targetPort: 3000
`,
        errors: [{ line: 7, column: 3, messageIncludes: "internet through a public LoadBalancer on port 80" }],
      },
    ],
  },
});
