import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";
import { metadataFlag } from "../../support/gcp.js";
import { GKE_CLUSTER, GKE_NODE_POOL, nodePoolConfigs } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-legacy-metadata-endpoints",
    title: "GKE nodes expose legacy metadata endpoints or node metadata to pods",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description:
      "`disable-legacy-endpoints = false` re-enables the v0.1 and v1beta1 metadata APIs, which answer without the `Metadata-Flavor` header, and `node_metadata = \"EXPOSE\"` gives pods the node's full metadata. Either lets a server-side request forgery in any pod fetch the node's credentials and kubelet bootstrap secrets.",
    remediation: "Remove the `disable-legacy-endpoints` override (it defaults to true) and use `workload_metadata_config { mode = \"GKE_METADATA\" }` with Workload Identity.",
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["gcp", "gke", "kubernetes", "metadata"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config",
    ],
  },
  check(resource, { report }) {
    for (const pool of nodePoolConfigs(resource)) {
      const config = pool.config;
      if (!config) continue;
      if (isObject(config.metadata) && metadataFlag(config.metadata["disable-legacy-endpoints"]) === false) {
        report({ at: [...pool.at, "metadata", "disable-legacy-endpoints"], message: `${resource.name}: nodes serve the legacy metadata endpoints (disable-legacy-endpoints = false)` });
      }
      if (isUnknown(config.workload_metadata_config)) continue;
      asList(config.workload_metadata_config).forEach((workload, index) => {
        if (isObject(workload) && workload.node_metadata === "EXPOSE") {
          report({ at: [...pool.at, "workload_metadata_config", index, "node_metadata"], message: `${resource.name}: pods can read the node's metadata and credentials (node_metadata = "EXPOSE")` });
        }
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id

  node_config {
    service_account = google_service_account.gke_nodes.email
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id

  node_config {
    service_account = google_service_account.gke_nodes.email
    metadata = {
      disable-legacy-endpoints = "false"
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }],
      },
    ],
  },
});
