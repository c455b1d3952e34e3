import { asList, defineRule, isUnknown } from "@tollgate/engine";
import { isAutopilot } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-workload-identity-missing",
    title: "GKE cluster without Workload Identity",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "Without Workload Identity, pods that call Google APIs use the node's service account: every pod on a node has the same permissions, and any pod can read the node's credentials from the metadata server.",
    remediation: "Add `workload_identity_config { workload_pool = \"PROJECT_ID.svc.id.goog\" }` and bind Kubernetes service accounts to dedicated Google service accounts.",
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "workload-identity", "service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config",
    ],
  },
  check(cluster, { report }) {
    const config = cluster.attributes.workload_identity_config;
    // Plans show an absent block as an empty list.
    if (isAutopilot(cluster) || isUnknown(config) || asList(config).length > 0) return;
    report({ message: `GKE cluster ${cluster.name} does not enable Workload Identity: pods use the node service account` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "plan: the absent block is an empty list",
        filename: "plan.json",
        code: `{
  "format_version": "1.2",
  "resource_changes": [
    {
      "address": "google_container_cluster.apps",
      "mode": "managed",
      "type": "google_container_cluster",
      "name": "apps",
      "change": {
        "actions": ["create"],
        "before": null,
        "after": { "name": "apps", "location": "europe-west1", "enable_autopilot": null, "workload_identity_config": [] },
        "after_unknown": { "id": true }
      }
    }
  ]
}
`,
        errors: [{ line: 5, column: 7 }],
      },
    ],
  },
});
