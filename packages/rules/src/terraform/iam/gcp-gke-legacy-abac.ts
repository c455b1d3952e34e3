import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-legacy-abac",
    title: "GKE cluster with legacy ABAC authorization enabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "Legacy attribute-based access control grants broad, statically configured permissions that bypass Kubernetes RBAC; on GKE it gives service accounts, including those of ordinary pods, far more access than their RBAC bindings say.",
    remediation: "Set `enable_legacy_abac = false` (the default) and grant access through Kubernetes RBAC and IAM.",
    precision: "very-high",
    cwe: ["CWE-285"],
    tags: ["gcp", "gke", "kubernetes", "abac", "rbac", "authorization"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac",
    ],
  },
  check(cluster, { report }) {
    if (cluster.attributes.enable_legacy_abac === true) {
      report({ at: ["enable_legacy_abac"], message: `GKE cluster ${cluster.name} has legacy ABAC authorization enabled, bypassing RBAC` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
