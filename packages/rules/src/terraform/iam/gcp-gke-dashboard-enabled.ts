import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-gke-dashboard-enabled",
    title: "GKE Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "The Kubernetes dashboard add-on runs with a privileged service account; an exposed dashboard has been a common way to take over clusters. GKE has deprecated and removed it in favour of the Cloud Console.",
    remediation: "Set `addons_config { kubernetes_dashboard { disabled = true } }` or remove the block, and use the Google Cloud console's Kubernetes pages.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["gcp", "gke", "kubernetes", "dashboard"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/dashboards#kubernetes_dashboard",
      "https://registry.terraform.io/providers/hashicorp/google/3.90.1/docs/resources/container_cluster#kubernetes_dashboard",
    ],
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addons_config).forEach((addons, addonsIndex) => {
      if (!isObject(addons)) return;
      asList(addons.kubernetes_dashboard).forEach((dashboard, index) => {
        if (isObject(dashboard) && dashboard.disabled === false) {
          report({ at: ["addons_config", addonsIndex, "kubernetes_dashboard", index, "disabled"], message: `GKE cluster ${cluster.name} has the Kubernetes dashboard add-on enabled` });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1

  addons_config {
    http_load_balancing {
      disabled = false
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1

  addons_config {
    kubernetes_dashboard {
      disabled = false
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }],
      },
    ],
  },
});
