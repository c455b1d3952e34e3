import { asList, defineRule, getPath } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "k8s-ingress-without-tls",
    title: "Ingress serves plain HTTP",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description:
      "The Ingress has no `spec.tls` section, so its hosts are served over unencrypted HTTP: credentials and session cookies cross the network in clear text and can be altered in transit.",
    remediation: "Add a `spec.tls` entry for every host with a certificate Secret (for example issued by cert-manager), and redirect HTTP to HTTPS in the ingress controller.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"],
  },
  check(ingress, { report }) {
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length > 0) return;
    report({ at: ["spec"], message: `${ingress.name} has no TLS section: its hosts are served over plain HTTP` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 443 } }
`,
      },
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 5, column: 1 }],
      },
    ],
  },
});
