import { asList, defineRule, getPath } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-service-external-ips",
    title: "Service sets externalIPs",
    severity: "medium",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Service"],
    description:
      "`spec.externalIPs` makes every node accept traffic for those addresses and send it to the Service. Nothing checks that the addresses belong to the Service's owner: a Service can claim the address of another service or an external host and intercept the cluster's traffic to it (CVE-2020-8554). Many clusters block the field with an admission policy.",
    remediation: "Remove `externalIPs`; use a LoadBalancer Service, or assign addresses through a load-balancer implementation (MetalLB, a cloud controller) that owns them.",
    precision: "very-high",
    cwe: ["CWE-668", "CWE-300"],
    tags: ["network-exposure", "service", "external-ip"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/service/#external-ips"],
  },
  check(service, { report }) {
    const addresses = asList(getPath(service.attributes, ["spec", "externalIPs"])).filter((address) => typeof address === "string" && address !== "");
    if (addresses.length === 0) return;
    report({ at: ["spec", "externalIPs"], message: `${service.name} claims external IPs ${addresses.join(", ")} on every node` });
  },
  examples: {
    valid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  ports:
    - port: 53
      protocol: UDP
`,
      },
    ],
    invalid: [
      {
        filename: "service.yaml",
        code: `apiVersion: v1
kind: Service
metadata:
  name: dns
  namespace: network
spec:
  selector: { app: dns }
  externalIPs:
    - 192.0.2.53
  ports:
    - port: 53
      protocol: UDP
`,
        errors: [{ line: 8, column: 3, messageIncludes: "192.0.2.53" }],
      },
    ],
  },
});
