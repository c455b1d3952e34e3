import { defineRule } from "@tollgate/engine";
import { describeGrant, explicitGrants } from "../../support/rbac-grants.js";

export default defineRule({
  meta: {
    id: "k8s-rbac-persistent-volume-create",
    title: "RBAC role can create PersistentVolumes (hostPath volumes on any node)",
    severity: "medium",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["ClusterRole"],
    description:
      "PersistentVolumes are cluster-wide and may be of type `hostPath`: a subject that can create them can hand any claim a directory of the node's filesystem, which admission policies checking pod volumes do not see. Volumes should come from StorageClasses and CSI provisioners instead.",
    remediation: "Remove `create` on `persistentvolumes`; let users request storage through PersistentVolumeClaims and dynamic provisioning.",
    precision: "high",
    cwe: ["CWE-269"],
    frameworks: { "CIS Kubernetes 1.9": ["5.1.9"], "NSA-CISA Kubernetes Hardening": ["Authorization: least-privilege RBAC"] },
    tags: ["rbac", "k8s-rbac", "host-path"],
    references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"],
  },
  check(role, { report }) {
    for (const grant of explicitGrants(role, { groups: [""], resources: new Set(["persistentvolumes"]), verbs: ["create"] })) {
      report({ at: grant.resources[0]!.path, message: `${role.name} can create PersistentVolumes, including hostPath volumes on the nodes (${describeGrant(grant)})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-viewer
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes", "persistentvolumeclaims"]
    verbs: ["get", "list", "watch"]
`,
      },
    ],
    invalid: [
      {
        filename: "clusterrole.yaml",
        code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: storage-admin
rules:
  - apiGroups: [""]
    resources: ["persistentvolumes"]
    verbs: ["get", "list", "create", "delete"]
`,
        errors: [{ line: 7, column: 17, messageIncludes: "create on persistentvolumes" }],
      },
    ],
  },
});
