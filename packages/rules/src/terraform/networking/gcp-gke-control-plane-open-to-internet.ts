import { asList, defineRule, isObject } from "@tollgate/engine";
import { isInternetCidr } from "../../support/network.js";

export default defineRule({
  meta: {
    id: "gcp-gke-control-plane-open-to-internet",
    title: "GKE master authorized networks allow the whole internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "A master authorized network of `0.0.0.0/0` defeats the feature: the Kubernetes API server accepts connections from anywhere, so stolen credentials and API server vulnerabilities are exploitable from the whole internet.",
    remediation: "List only the networks that administer the cluster (office ranges, CI runners, a bastion) in `master_authorized_networks_config`, or use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config",
    ],
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_authorized_networks_config).forEach((config, configIndex) => {
      if (!isObject(config)) return;
      asList(config.cidr_blocks).forEach((block, index) => {
        if (isObject(block) && isInternetCidr(block.cidr_block)) {
          report({
            at: ["master_authorized_networks_config", configIndex, "cidr_blocks", index, "cidr_block"],
            message: `GKE cluster ${cluster.name} authorizes ${String(block.cidr_block)} to reach its control plane: the API server is open to the internet`,
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ops" {
  name               = "ops"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "198.51.100.0/24"
      display_name = "office"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "ops" {
  name               = "ops"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0"
      display_name = "anywhere"
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }],
      },
    ],
  },
});
