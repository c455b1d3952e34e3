import { asList, defineRule, isUnknown } from "@tollgate/engine";
import { firstBlock } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-master-authorized-networks-missing",
    title: "GKE control plane public endpoint without master authorized networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "The cluster has a public control plane endpoint and no `master_authorized_networks_config`, so the Kubernetes API server is reachable from any IP address on the internet. Authentication still applies, but leaked credentials and API server vulnerabilities can be used from anywhere.",
    remediation: "Add `master_authorized_networks_config` listing the networks that administer the cluster, or enable the private endpoint (`enable_private_endpoint = true`).",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config",
    ],
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const authorized = attributes.master_authorized_networks_config;
    // Plans show an absent block as an empty list.
    if (isUnknown(authorized) || asList(authorized).length > 0) return;
    if (isUnknown(attributes.private_cluster_config)) return;
    const privateEndpoint = firstBlock(attributes.private_cluster_config)?.enable_private_endpoint;
    if (privateEndpoint === true || isUnknown(privateEndpoint)) return;
    report({ message: `GKE cluster ${cluster.name} has no master authorized networks: its public API server endpoint is open to any IP address` });
  },
  examples: {
    valid: [
      {
        name: "private endpoint",
        filename: "main.tf",
        code: `resource "google_container_cluster" "ledger" {
  name               = "ledger"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ledger" {
  name               = "ledger"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
