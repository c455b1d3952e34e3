import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

const WORKLOAD_RESOURCES = new Set(["pods", "deployments", "daemonsets", "statefulsets", "replicasets", "replicationcontrollers", "jobs", "cronjobs"]);

export default defineRule({
  meta: {
    id: "k8s-rbac-create-workloads",
    title: "RBAC role can create pods or workloads",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Role", "ClusterRole"],
    description:
      "The role can create pods, or controllers that create pods (Deployments, DaemonSets, Jobs...). Whoever can create a pod in a namespace can run it as any service account of that namespace and mount any of its Secrets; without an admission policy it can also run privileged and mount the node.",
    remediation: "Keep workload creation to deployment pipelines and controllers; enforce the Pod Security Standards on namespaces where such roles are bound.",
    precision: "medium",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.4"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "workload-creation"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: ["", "apps", "batch", "extensions"], resources: WORKLOAD_RESOURCES, verbs: ["create"] })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can create workloads, and so run pods as any service account of their namespace (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: restarter
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "patch"]
`,
      },
    ],
    invalid: [
      {
        filename: "role.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: job-runner
  namespace: batch
rules:
  - apiGroups: ["batch"]
    resources: ["jobs"]
    verbs: ["create", "get", "list"]
`,
        errors: [{ line: 8, column: 17, messageIncludes: "create on jobs" }],
      },
    ],
  },
});
