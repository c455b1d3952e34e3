import { defineRule, getPath, type Resource } from "@tollgate/engine";
import { namespaceOf } from "../../support/pod-security.js";

/** Kinds that restrict traffic of the pods in their namespace. */
const NAMESPACED_POLICY_KINDS = ["NetworkPolicy", "CiliumNetworkPolicy"];
/** Kinds that restrict traffic cluster-wide: with any of them in the scan, a namespace may well be covered. */
const CLUSTER_POLICY_KINDS = ["GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"];
/** The namespace of a Kubernetes object; other platforms' resources of the same type name have none. */
function kubernetesNamespace(resource: Resource): string | undefined {
  return resource.platform === "kubernetes" ? namespaceOf(resource) : undefined;
}

/** Namespaces that run no workloads. */
const NO_PODS = new Set(["kube-public", "kube-node-lease"]);

export default defineRule({
  meta: {
    id: "k8s-namespace-without-network-policy",
    title: "Namespace has no NetworkPolicy: pods accept traffic from anywhere in the cluster",
    severity: "low",
    category: "networking",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description:
      "No NetworkPolicy in the scan applies to this namespace, so its pods accept connections from every pod of the cluster and can connect anywhere: one compromised workload elsewhere reaches its databases and internal APIs directly. The check only considers policies present in the scanned files.",
    remediation: "Add a default-deny NetworkPolicy to the namespace (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.",
    precision: "medium",
    cwe: ["CWE-923"],
    frameworks: { "CIS Kubernetes 1.9": ["5.3.2"], "NSA-CISA Kubernetes Hardening": ["Network separation: network policies"] },
    tags: ["network-policy", "network-exposure"],
    references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies"],
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
`,
      },
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
        errors: [{ line: 2, column: 1, messageIncludes: "namespace shop" }],
      },
    ],
  },
});
