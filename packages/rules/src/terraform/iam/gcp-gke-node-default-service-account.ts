import { defineRule, isUnknown } from "@tollgate/engine";
import { isDefaultComputeServiceAccount } from "../../support/gcp.js";
import { GKE_CLUSTER, GKE_NODE_POOL, nodePoolConfigs } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-node-default-service-account",
    title: "GKE nodes run as the default Compute Engine service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description:
      "Nodes without `node_config.service_account` run as the Compute Engine default service account, which usually holds the Editor role on the project. Any pod that reaches the node's metadata server can use those credentials against the whole project.",
    remediation: "Create a minimal node service account (roles/container.defaultNodeServiceAccount) and set it in `node_config { service_account = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "service-account", "default-service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#service_account",
    ],
  },
  check(resource, { report }) {
    for (const pool of nodePoolConfigs(resource)) {
      const account = pool.config?.service_account;
      if (isUnknown(account)) continue;
      if (account === undefined || account === null) {
        report({ at: pool.at, message: `${resource.name}: nodes run as the default Compute Engine service account (node_config.service_account is not set)` });
      } else if (isDefaultComputeServiceAccount(account)) {
        report({ at: [...pool.at, "service_account"], message: `${resource.name}: nodes run as the default Compute Engine service account` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "general" {
  name    = "general"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email
  }
}
`,
      },
      {
        name: "default pool removed",
        filename: "main.tf",
        code: `resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  initial_node_count       = 1
  remove_default_node_pool = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "general" {
  name    = "general"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type = "e2-standard-4"
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
      {
        name: "default pool of a cluster",
        filename: "main.tf",
        code: `resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 3
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
