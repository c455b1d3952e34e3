import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-basic-auth",
    title: "GKE cluster with basic authentication (static username and password)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "`master_auth` sets a static username and password for the Kubernetes API. That password grants cluster-admin, cannot be scoped, is stored in Terraform state and never expires.",
    remediation: "Remove `username` and `password` from `master_auth` and authenticate with Google identities (IAM and `gcloud container clusters get-credentials`).",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "basic-auth", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/4.85.0/docs/resources/container_cluster#username",
    ],
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, index) => {
      if (!isObject(auth)) return;
      const field = ["username", "password"].find((key) => typeof auth[key] === "string" && (auth[key] as string).length > 0);
      if (field) report({ at: ["master_auth", index, field], message: `GKE cluster ${cluster.name} enables basic authentication with a static ${field}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    username = "admin"
    password = var.cluster_password
  }
}
`,
        errors: [{ line: 7, column: 5 }],
      },
    ],
  },
});
