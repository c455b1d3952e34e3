import { defineRule, isUnknown } from "@tollgate/engine";
import { firstBlock, isAutopilot } from "../../support/gke.js";

export default defineRule({
  meta: {
    id: "gcp-gke-network-policy-disabled",
    title: "GKE cluster without network policy enforcement",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description:
      "Neither network policy enforcement (`network_policy { enabled = true }`) nor GKE Dataplane V2 is on, so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod. One compromised workload can then talk to any service in the cluster.",
    remediation: "Create the cluster with `datapath_provider = \"ADVANCED_DATAPATH\"` (Dataplane V2), or enable `network_policy { enabled = true, provider = \"CALICO\" }`, and add NetworkPolicies.",
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["gcp", "gke", "kubernetes", "network-policy"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy",
    ],
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    if (isAutopilot(cluster) || attributes.datapath_provider === "ADVANCED_DATAPATH" || isUnknown(attributes.datapath_provider)) return;
    if (isUnknown(attributes.network_policy)) return;
    const policy = firstBlock(attributes.network_policy);
    if (policy?.enabled === true || isUnknown(policy?.enabled)) return;
    const at = policy ? ["network_policy", 0, "enabled"] : undefined;
    report({ at, message: `GKE cluster ${cluster.name} does not enforce network policy: pod-to-pod traffic is not restricted` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "web" {
  name               = "web"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = "ADVANCED_DATAPATH"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "web" {
  name               = "web"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled = false
  }
}
`,
        errors: [{ line: 7, column: 5 }],
      },
    ],
  },
});
