#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  namespaceOf,
  namespaceOf2,
  scanHasWorkloadsIn
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  getPath,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/kubernetes/iam/k8s-namespace-pod-security-not-enforced.ts
var ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease"]);
var k8s_namespace_pod_security_not_enforced_default = defineRule({
  meta: {
    id: "k8s-namespace-pod-security-not-enforced",
    title: "Namespace does not enforce Pod Security Standards (pod-security.kubernetes.io/enforce)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description: "The namespace has no `pod-security.kubernetes.io/enforce` label at `baseline` or `restricted`, so Pod Security Admission lets anyone who can create pods there run them privileged, on the host's namespaces or with hostPath volumes, unless another admission policy covers it.",
    remediation: "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where restricted is not yet possible), and use the `warn` and `audit` labels to prepare the change.",
    precision: "medium",
    cwe: ["CWE-1188"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.1"], "NSA-CISA Kubernetes Hardening": ["Pod security: enforce pod security policies"], "Pod Security Standards": ["baseline", "restricted"] },
    tags: ["pod-security", "admission", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-admission/", "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/"]
  },
  check(namespace, { report }) {
    const name = getPath(namespace.attributes, ["metadata", "name"]);
    if (typeof name !== "string" || SYSTEM_NAMESPACES.has(name)) return;
    const labels = getPath(namespace.attributes, ["metadata", "labels"]);
    if (labels !== void 0 && labels !== null && !isObject(labels)) return;
    const level = isObject(labels) ? labels[ENFORCE_LABEL] : void 0;
    if (level === "baseline" || level === "restricted") return;
    if (level !== void 0 && typeof level !== "string") return;
    if (level === "privileged") {
      report({ at: ["metadata", "labels", ENFORCE_LABEL], message: `namespace ${name} enforces the privileged pod security level: any pod, privileged ones included, is admitted` });
      return;
    }
    report({ message: `namespace ${name} does not enforce Pod Security Standards: no ${ENFORCE_LABEL} label at baseline or restricted` });
  },
  examples: {
    valid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: latest
`
      }
    ],
    invalid: [
      {
        filename: "namespaces.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: build
  labels:
    pod-security.kubernetes.io/enforce: privileged
`,
        errors: [
          { line: 2, column: 1, messageIncludes: "namespace shop does not enforce" },
          { line: 11, column: 5, messageIncludes: "privileged pod security level" }
        ]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-namespace-without-network-policy.ts
var NAMESPACED_POLICY_KINDS = ["NetworkPolicy", "CiliumNetworkPolicy"];
var CLUSTER_POLICY_KINDS = ["GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"];
function kubernetesNamespace(resource) {
  return resource.platform === "kubernetes" ? namespaceOf2(resource) : void 0;
}
var NO_PODS = /* @__PURE__ */ new Set(["kube-public", "kube-node-lease"]);
var k8s_namespace_without_network_policy_default = defineRule({
  meta: {
    id: "k8s-namespace-without-network-policy",
    title: "Namespace has no NetworkPolicy: pods accept traffic from anywhere in the cluster",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description: "No NetworkPolicy in the scan applies to this namespace, so its pods accept connections from every pod of the cluster and can connect anywhere: one compromised workload elsewhere reaches its databases and internal APIs directly. The check only considers policies present in the scanned files.",
    remediation: "Add a default-deny NetworkPolicy to the namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.",
    precision: "medium",
    cwe: ["CWE-923"],
    frameworks: { "CIS Kubernetes 1.9": ["5.3.2"], "NSA-CISA Kubernetes Hardening": ["Network separation: network policies"] },
    tags: ["network-policy", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"]
  },
  check(namespace, { graph, report }) {
    const name = getPath(namespace.attributes, ["metadata", "name"]);
    if (typeof name !== "string" || NO_PODS.has(name)) return;
    if (CLUSTER_POLICY_KINDS.some((kind) => graph.countOf(kind) > 0)) return;
    const covered = NAMESPACED_POLICY_KINDS.some((kind) => graph.findBy(kind, "kubernetes-namespace", kubernetesNamespace, name).length > 0);
    if (covered) return;
    report({ message: `namespace ${name} has no NetworkPolicy in the scan: its pods accept traffic from any pod in the cluster` });
  },
  examples: {
    valid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`
      }
    ],
    invalid: [
      {
        filename: "namespace.yaml",
        code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    team: commerce
`,
        errors: [{ line: 2, column: 1, messageIncludes: "namespace shop" }]
      }
    ]
  }
});

// packages/rules/src/kubernetes/networking/k8s-network-policy-selects-no-pods.ts
var k8s_network_policy_selects_no_pods_default = defineRule({
  meta: {
    id: "k8s-network-policy-selects-no-pods",
    title: "NetworkPolicy selects no pods of its namespace",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["NetworkPolicy"],
    description: "The policy's `podSelector` matches none of the workloads the scan holds in its namespace, so it isolates nothing: a typo in a label, or labels renamed in the Deployment but not in the policy, leaves the pods it was written for open to every other pod. Only namespaces with workloads in the scan are checked.",
    remediation: "Make `spec.podSelector` match the labels of the pod template it protects (`kubectl get pods -l <selector>` should list them), or delete the stale policy.",
    precision: "medium",
    cwe: ["CWE-1188"],
    tags: ["network-policy", "selector"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"]
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
`
        }
      }
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
`
        },
        errors: [{ file: "policy.yaml", line: 7, column: 3, messageIncludes: "selects none of the workloads of namespace shop" }]
      }
    ]
  }
});

// packages/rules/src/groups/kubernetes-namespace.ts
var rules = [
  k8s_namespace_pod_security_not_enforced_default,
  k8s_namespace_without_network_policy_default,
  k8s_network_policy_selects_no_pods_default
];
export {
  rules
};
