import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-logging-disabled",
    title: "GKE cluster logging turned off (logging_service = \"none\")",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "With `logging_service = \"none\"` a GKE cluster sends no system or workload logs to Cloud Logging. Container output, node events and control-plane component logs are lost when pods restart, leaving nothing to investigate a compromise with.",
    remediation: "Remove `logging_service` or set it to `\"logging.googleapis.com/kubernetes\"`; select the components to collect with `logging_config { enable_components = [\"SYSTEM_COMPONENTS\", \"WORKLOADS\"] }`.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "logging"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service",
    ],
  },
  check(cluster, { report }) {
    const service = cluster.attributes.logging_service;
    if (typeof service === "string" && service.trim().toLowerCase() === "none") {
      report({ at: ["logging_service"], message: `GKE cluster ${cluster.name} has logging turned off: no cluster or workload logs reach Cloud Logging` });
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
  logging_service    = "logging.googleapis.com/kubernetes"
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
  logging_service    = "none"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "logging" }],
      },
    ],
  },
});
