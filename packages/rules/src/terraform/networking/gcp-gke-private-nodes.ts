import { defineRule, isUnknown } from "@tollgate/engine";
import { firstBlock } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-private-nodes",
    title: "GKE cluster is not a private cluster (nodes have public IP addresses)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "Without `private_cluster_config { enable_private_nodes = true }` every node gets a public IP address. The kubelet and any NodePort or hostPort service are then only a firewall rule away from the internet.",
    remediation: "Create the cluster as a private cluster (`enable_private_nodes = true`) and give nodes outbound access through Cloud NAT.",
    precision: "high",
    cwe: ["CWE-668"],
    tags: ["gcp", "gke", "kubernetes", "private-cluster", "network-exposure"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes",
    ],
  },
  check(cluster, { report }) {
    const config = cluster.attributes.private_cluster_config;
    if (isUnknown(config)) return;
    const block = firstBlock(config);
    const privateNodes = block?.enable_private_nodes;
    if (privateNodes === true || isUnknown(privateNodes)) return;
    const at = block ? ["private_cluster_config", 0, "enable_private_nodes"] : undefined;
    report({ at, message: `GKE cluster ${cluster.name} is not a private cluster: its nodes have public IP addresses` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "payments" {
  name               = "payments"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "payments" {
  name               = "payments"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
