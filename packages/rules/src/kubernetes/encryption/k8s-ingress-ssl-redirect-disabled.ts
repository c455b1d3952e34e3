import { asList, defineRule, getPath } from "@tollgate/engine";
import { annotationsAt } from "../../support/pod-security.js";

/** Controller annotations that turn off the HTTP to HTTPS redirect when set to "false". */
const REDIRECT_ANNOTATIONS = ["nginx.ingress.kubernetes.io/ssl-redirect", "ingress.kubernetes.io/ssl-redirect"];

export default defineRule({
  meta: {
    id: "k8s-ingress-ssl-redirect-disabled",
    title: "Ingress serves plain HTTP beside TLS (ssl-redirect disabled)",
    severity: "medium",
    category: "encryption",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description:
      "The Ingress has TLS but its `ssl-redirect` annotation is `\"false\"`, so the controller also answers on plain HTTP instead of redirecting to HTTPS: links, bookmarks and downgrade attacks keep credentials and session cookies travelling unencrypted.",
    remediation: "Remove the annotation (the controller redirects to HTTPS by default when TLS is configured) and send an HSTS header.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["ingress", "encryption-in-transit", "tls"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect", "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"],
  },
  check(ingress, { report }) {
    // Without any TLS section, k8s-ingress-without-tls reports the Ingress.
    if (asList(getPath(ingress.attributes, ["spec", "tls"])).length === 0) return;
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const key = REDIRECT_ANNOTATIONS.find((name) => annotations.get(name)?.trim().toLowerCase() === "false");
    if (!key) return;
    report({ at: ["metadata", "annotations", key], message: `${ingress.name} disables the HTTPS redirect (${key}: "false"): its hosts are also served over plain HTTP without TLS` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  annotations:
    nginx.ingress.kubernetes.io/force-ssl-redirect: "true"
spec:
  ingressClassName: nginx
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
              service: { name: storefront, port: { number: 80 } }
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
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  ingressClassName: nginx
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
              service: { name: storefront, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "disables the HTTPS redirect" }],
      },
    ],
  },
});
