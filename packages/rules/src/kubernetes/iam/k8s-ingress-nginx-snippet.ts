import { defineRule } from "@tollgate/engine";
import { annotationsAt } from "../../support/pod-security.js";

/** ingress-nginx annotations whose value is pasted into the controller's nginx configuration. */
const SNIPPET_ANNOTATIONS = [
  "nginx.ingress.kubernetes.io/configuration-snippet",
  "nginx.ingress.kubernetes.io/server-snippet",
  "nginx.ingress.kubernetes.io/auth-snippet",
  "nginx.ingress.kubernetes.io/stream-snippet",
];

export default defineRule({
  meta: {
    id: "k8s-ingress-nginx-snippet",
    title: "Ingress injects raw nginx configuration (snippet annotation)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Ingress"],
    description:
      "Snippet annotations paste their text into the ingress-nginx controller's configuration. Anyone allowed to edit Ingresses in any namespace can then run nginx directives in the controller, read its service account token and every Secret it can see (CVE-2021-25742), or break routing for other tenants. Current controller releases refuse snippets unless an administrator enables them.",
    remediation: "Replace the snippet with the dedicated annotations or ConfigMap options of the controller; keep `allow-snippet-annotations` disabled on the controller.",
    precision: "high",
    cwe: ["CWE-94"],
    tags: ["ingress", "ingress-nginx", "insecure-feature"],
    references: ["https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet", "https://github.com/kubernetes/ingress-nginx/issues/7837"],
  },
  check(ingress, { report }) {
    const annotations = annotationsAt(ingress.attributes, ["metadata"]);
    const used = SNIPPET_ANNOTATIONS.filter((key) => (annotations.get(key)?.trim() ?? "") !== "");
    if (used.length === 0) return;
    report({ at: ["metadata", "annotations", used[0]!], message: `${ingress.name} injects raw nginx configuration into the shared ingress controller (${used.map((key) => key.split("/")[1]).join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`,
      },
    ],
    invalid: [
      {
        filename: "ingress.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
  annotations:
    nginx.ingress.kubernetes.io/configuration-snippet: |
      more_set_headers "X-Frame-Options: DENY";
spec:
  ingressClassName: nginx
  tls:
    - hosts: [api.example.com]
      secretName: api-tls
  rules:
    - host: api.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: api, port: { number: 80 } }
`,
        errors: [{ line: 6, column: 5, messageIncludes: "configuration-snippet" }],
      },
    ],
  },
});
