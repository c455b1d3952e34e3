import { defineRule } from "@tollgate/engine";
import { namespaceOf, scanHasWorkloadsIn } from "../../support/kubernetes-scope.js";

export default defineRule({
  meta: {
    id: "k8s-network-policy-selects-no-pods",
    title: "NetworkPolicy selects no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["NetworkPolicy"],
    description:
      "The policy's `podSelector` matches none of the workloads the scan holds in its namespace, so it isolates nothing: a typo in a label, or labels renamed in the Deployment but not in the policy, leaves the pods it was written for open to every other pod. Only namespaces with workloads in the scan are checked.",
    remediation: "Make `spec.podSelector` match the labels of the pod template it protects (`kubectl get pods -l <selector>` should list them), or delete the stale policy.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["network-policy", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"],
  },
  check(policy, { graph, report }) {
    if (graph.edgesFrom(policy.id, "selects").length > 0) return;
    const namespace = namespaceOf(policy);
    if (!scanHasWorkloadsIn(graph, namespace)) return;
    report({ at: ["spec", "podSelector"], message: `${policy.name} selects none of the workloads of namespace ${namespace} in the scan; it isolates nothing` });
  },
  examples: {
    valid: [
      {
        name: "matches the Deployment's pods; a policy for a namespace outside the scan",
        filename: "policy.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes: ["Ingress"]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: payments
spec:
  podSelector: {}
  policyTypes: ["Ingress"]
`,
        extraFiles: {
          "api.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
`,
        },
      },
    ],
    invalid: [
      {
        name: "label renamed in the Deployment",
        filename: "policy.yaml",
        code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: shop-api
  policyTypes: ["Ingress"]
`,
        extraFiles: {
          "api.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.3.1
`,
        },
        errors: [{ file: "policy.yaml", line: 7, column: 3, messageIncludes: "selects none of the workloads of namespace shop" }],
      },
    ],
  },
});
