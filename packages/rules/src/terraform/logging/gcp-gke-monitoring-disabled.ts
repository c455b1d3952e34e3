import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-monitoring-disabled",
    title: "GKE cluster monitoring turned off (monitoring_service = \"none\")",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "With `monitoring_service = \"none\"` a GKE cluster exports no metrics to Cloud Monitoring, so alerting policies on node, pod or control-plane health cannot fire; a crypto-miner eating CPU or a denial of service goes unnoticed.",
    remediation: "Remove `monitoring_service` or set it to `\"monitoring.googleapis.com/kubernetes\"`; pick components with `monitoring_config { enable_components = [\"SYSTEM_COMPONENTS\"] }`.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "monitoring"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#monitoring_service",
    ],
  },
  check(cluster, { report }) {
    const service = cluster.attributes.monitoring_service;
    if (typeof service === "string" && service.trim().toLowerCase() === "none") {
      report({ at: ["monitoring_service"], message: `GKE cluster ${cluster.name} has monitoring turned off: no metrics reach Cloud Monitoring` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "shop" {
  name               = "shop"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "logging.googleapis.com/kubernetes"
  monitoring_service = "none"
}
`,
        errors: [{ line: 6, column: 3, messageIncludes: "monitoring" }],
      },
    ],
  },
});
