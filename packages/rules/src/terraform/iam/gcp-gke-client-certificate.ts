import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-client-certificate",
    title: "GKE cluster issues a client certificate",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "`issue_client_certificate = true` creates a long-lived client certificate with cluster-admin rights. It is kept in Terraform state, cannot be revoked short of rotating the cluster's CA, and bypasses IAM.",
    remediation: "Set `issue_client_certificate = false` (the default) and authenticate with Google identities.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "client-certificate", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#issue_client_certificate",
    ],
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, authIndex) => {
      if (!isObject(auth)) return;
      asList(auth.client_certificate_config).forEach((config, index) => {
        if (isObject(config) && config.issue_client_certificate === true) {
          report({
            at: ["master_auth", authIndex, "client_certificate_config", index, "issue_client_certificate"],
            message: `GKE cluster ${cluster.name} issues a long-lived cluster-admin client certificate`,
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }],
      },
    ],
  },
});
