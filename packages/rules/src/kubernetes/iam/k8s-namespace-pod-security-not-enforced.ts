import { defineRule, getPath, isObject } from "@tollgate/engine";

const ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
/** Namespaces where cluster components legitimately run privileged pods. */
const SYSTEM_NAMESPACES = new Set(["kube-system", "kube-public", "kube-node-lease"]);

export default defineRule({
  meta: {
    id: "k8s-namespace-pod-security-not-enforced",
    title: "Namespace does not enforce Pod Security Standards (pod-security.kubernetes.io/enforce)",
    severity: "low",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Namespace"],
    description:
      "The namespace has no `pod-security.kubernetes.io/enforce` label at `baseline` or `restricted`, so Pod Security Admission lets anyone who can create pods there run them privileged, on the host's namespaces or with hostPath volumes, unless another admission policy covers it.",
    remediation: "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where restricted is not yet possible), and use the `warn` and `audit` labels to prepare the change.",
    precision: "medium",
    cwe: ["CWE-1188"],
    frameworks: { "CIS Kubernetes 1.9": ["5.2.1"], "NSA-CISA Kubernetes Hardening": ["Pod security: enforce pod security policies"], "Pod Security Standards": ["baseline", "restricted"] },
    tags: ["pod-security", "admission", "workload-privilege"],
    references: ["https://kubernetes.io/docs/concepts/security/pod-security-admission/", "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/"],
  },
  check(namespace, { report }) {
    const name = getPath(namespace.attributes, ["metadata", "name"]);
    if (typeof name !== "string" || SYSTEM_NAMESPACES.has(name)) return;
    const labels = getPath(namespace.attributes, ["metadata", "labels"]);
    if (labels !== undefined && labels !== null && !isObject(labels)) return;
    const level = isObject(labels) ? labels[ENFORCE_LABEL] : undefined;
    if (level === "baseline" || level === "restricted") return;
    if (level !== undefined && typeof level !== "string") return;
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
`,
      },
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
          { line: 11, column: 5, messageIncludes: "privileged pod security level" },
        ],
      },
    ],
  },
});
