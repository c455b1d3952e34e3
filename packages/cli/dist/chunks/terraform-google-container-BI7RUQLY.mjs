#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  GKE_CLUSTER,
  GKE_NODE_POOL,
  firstBlock,
  isAutopilot,
  isDefaultComputeServiceAccount,
  isInternetCidr,
  metadataFlag,
  nodePoolConfigs
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/gcp-gke-basic-auth.ts
var gcp_gke_basic_auth_default = defineRule({
  meta: {
    id: "gcp-gke-basic-auth",
    title: "GKE cluster with basic authentication (static username and password)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "`master_auth` sets a static username and password for the Kubernetes API. That password grants cluster-admin, cannot be scoped, is stored in Terraform state and never expires.",
    remediation: "Remove `username` and `password` from `master_auth` and authenticate with Google identities (IAM and `gcloud container clusters get-credentials`).",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "basic-auth", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/4.85.0/docs/resources/container_cluster#username"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, index) => {
      if (!isObject(auth)) return;
      const field = ["username", "password"].find((key) => typeof auth[key] === "string" && auth[key].length > 0);
      if (field) report({ at: ["master_auth", index, field], message: `GKE cluster ${cluster.name} enables basic authentication with a static ${field}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "search" {
  name               = "search"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    username = "admin"
    password = var.cluster_password
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-client-certificate.ts
var gcp_gke_client_certificate_default = defineRule({
  meta: {
    id: "gcp-gke-client-certificate",
    title: "GKE cluster issues a client certificate",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "`issue_client_certificate = true` creates a long-lived client certificate with cluster-admin rights. It is kept in Terraform state, cannot be revoked short of rotating the cluster's CA, and bypasses IAM.",
    remediation: "Set `issue_client_certificate = false` (the default) and authenticate with Google identities.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["gcp", "gke", "kubernetes", "client-certificate", "authentication"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#issue_client_certificate"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_auth).forEach((auth, authIndex) => {
      if (!isObject(auth)) return;
      asList(auth.client_certificate_config).forEach((config, index) => {
        if (isObject(config) && config.issue_client_certificate === true) {
          report({
            at: ["master_auth", authIndex, "client_certificate_config", index, "issue_client_certificate"],
            message: `GKE cluster ${cluster.name} issues a long-lived cluster-admin client certificate`
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "media" {
  name               = "media"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
`,
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-dashboard-enabled.ts
var gcp_gke_dashboard_enabled_default = defineRule({
  meta: {
    id: "gcp-gke-dashboard-enabled",
    title: "GKE Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "The Kubernetes dashboard add-on runs with a privileged service account; an exposed dashboard has been a common way to take over clusters. GKE has deprecated and removed it in favour of the Cloud Console.",
    remediation: "Set `addons_config { kubernetes_dashboard { disabled = true } }` or remove the block, and use the Google Cloud console's Kubernetes pages.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["gcp", "gke", "kubernetes", "dashboard"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/dashboards#kubernetes_dashboard",
      "https://registry.terraform.io/providers/hashicorp/google/3.90.1/docs/resources/container_cluster#kubernetes_dashboard"
    ]
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
`
      }
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
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-legacy-abac.ts
var gcp_gke_legacy_abac_default = defineRule({
  meta: {
    id: "gcp-gke-legacy-abac",
    title: "GKE cluster with legacy ABAC authorization enabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Legacy attribute-based access control grants broad, statically configured permissions that bypass Kubernetes RBAC; on GKE it gives service accounts, including those of ordinary pods, far more access than their RBAC bindings say.",
    remediation: "Set `enable_legacy_abac = false` (the default) and grant access through Kubernetes RBAC and IAM.",
    precision: "very-high",
    cwe: ["CWE-285"],
    tags: ["gcp", "gke", "kubernetes", "abac", "rbac", "authorization"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac"
    ]
  },
  check(cluster, { report }) {
    if (cluster.attributes.enable_legacy_abac === true) {
      report({ at: ["enable_legacy_abac"], message: `GKE cluster ${cluster.name} has legacy ABAC authorization enabled, bypassing RBAC` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_container_cluster" "core" {
  name               = "core"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-legacy-metadata-endpoints.ts
var gcp_gke_legacy_metadata_endpoints_default = defineRule({
  meta: {
    id: "gcp-gke-legacy-metadata-endpoints",
    title: "GKE nodes expose legacy metadata endpoints or node metadata to pods",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description: "`disable-legacy-endpoints = false` re-enables the v0.1 and v1beta1 metadata APIs, which answer without the `Metadata-Flavor` header, and `node_metadata = \"EXPOSE\"` gives pods the node's full metadata. Either lets a server-side request forgery in any pod fetch the node's credentials and kubelet bootstrap secrets.",
    remediation: 'Remove the `disable-legacy-endpoints` override (it defaults to true) and use `workload_metadata_config { mode = "GKE_METADATA" }` with Workload Identity.',
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["gcp", "gke", "kubernetes", "metadata"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_metadata_config"
    ]
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
`
      }
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
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-node-default-service-account.ts
var gcp_gke_node_default_service_account_default = defineRule({
  meta: {
    id: "gcp-gke-node-default-service-account",
    title: "GKE nodes run as the default Compute Engine service account",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    description: "Nodes without `node_config.service_account` run as the Compute Engine default service account, which usually holds the Editor role on the project. Any pod that reaches the node's metadata server can use those credentials against the whole project.",
    remediation: "Create a minimal node service account (roles/container.defaultNodeServiceAccount) and set it in `node_config { service_account = ... }`.",
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "service-account", "default-service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#service_account"
    ]
  },
  check(resource, { report }) {
    for (const pool of nodePoolConfigs(resource)) {
      const account = pool.config?.service_account;
      if (isUnknown(account)) continue;
      if (account === void 0 || account === null) {
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
`
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
`
      }
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
        errors: [{ line: 5, column: 3 }]
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-gke-workload-identity-missing.ts
var gcp_gke_workload_identity_missing_default = defineRule({
  meta: {
    id: "gcp-gke-workload-identity-missing",
    title: "GKE cluster without Workload Identity",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Without Workload Identity, pods that call Google APIs use the node's service account: every pod on a node has the same permissions, and any pod can read the node's credentials from the metadata server.",
    remediation: 'Add `workload_identity_config { workload_pool = "PROJECT_ID.svc.id.goog" }` and bind Kubernetes service accounts to dedicated Google service accounts.',
    precision: "high",
    cwe: ["CWE-250"],
    tags: ["gcp", "gke", "kubernetes", "workload-identity", "service-account"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.workload_identity_config;
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
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
        errors: [{ line: 5, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-control-plane-open-to-internet.ts
var gcp_gke_control_plane_open_to_internet_default = defineRule({
  meta: {
    id: "gcp-gke-control-plane-open-to-internet",
    title: "GKE master authorized networks allow the whole internet (0.0.0.0/0)",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "A master authorized network of `0.0.0.0/0` defeats the feature: the Kubernetes API server accepts connections from anywhere, so stolen credentials and API server vulnerabilities are exploitable from the whole internet.",
    remediation: "List only the networks that administer the cluster (office ranges, CI runners, a bastion) in `master_authorized_networks_config`, or use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.master_authorized_networks_config).forEach((config, configIndex) => {
      if (!isObject(config)) return;
      asList(config.cidr_blocks).forEach((block, index) => {
        if (isObject(block) && isInternetCidr(block.cidr_block)) {
          report({
            at: ["master_authorized_networks_config", configIndex, "cidr_blocks", index, "cidr_block"],
            message: `GKE cluster ${cluster.name} authorizes ${String(block.cidr_block)} to reach its control plane: the API server is open to the internet`
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
`
      }
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
        errors: [{ line: 8, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-master-authorized-networks-missing.ts
var gcp_gke_master_authorized_networks_missing_default = defineRule({
  meta: {
    id: "gcp-gke-master-authorized-networks-missing",
    title: "GKE control plane public endpoint without master authorized networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "The cluster has a public control plane endpoint and no `master_authorized_networks_config`, so the Kubernetes API server is reachable from any IP address on the internet. Authentication still applies, but leaked credentials and API server vulnerabilities can be used from anywhere.",
    remediation: "Add `master_authorized_networks_config` listing the networks that administer the cluster, or enable the private endpoint (`enable_private_endpoint = true`).",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["gcp", "gke", "kubernetes", "network-exposure", "authorized-networks"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const authorized = attributes.master_authorized_networks_config;
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-network-policy-disabled.ts
var gcp_gke_network_policy_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-network-policy-disabled",
    title: "GKE cluster without network policy enforcement",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Neither network policy enforcement (`network_policy { enabled = true }`) nor GKE Dataplane V2 is on, so Kubernetes NetworkPolicies are ignored and every pod can reach every other pod. One compromised workload can then talk to any service in the cluster.",
    remediation: 'Create the cluster with `datapath_provider = "ADVANCED_DATAPATH"` (Dataplane V2), or enable `network_policy { enabled = true, provider = "CALICO" }`, and add NetworkPolicies.',
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["gcp", "gke", "kubernetes", "network-policy"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    if (isAutopilot(cluster) || attributes.datapath_provider === "ADVANCED_DATAPATH" || isUnknown(attributes.datapath_provider)) return;
    if (isUnknown(attributes.network_policy)) return;
    const policy = firstBlock(attributes.network_policy);
    if (policy?.enabled === true || isUnknown(policy?.enabled)) return;
    const at = policy ? ["network_policy", 0, "enabled"] : void 0;
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
`
      }
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
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-gke-private-nodes.ts
var gcp_gke_private_nodes_default = defineRule({
  meta: {
    id: "gcp-gke-private-nodes",
    title: "GKE cluster is not a private cluster (nodes have public IP addresses)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: "Without `private_cluster_config { enable_private_nodes = true }` every node gets a public IP address. The kubelet and any NodePort or hostPort service are then only a firewall rule away from the internet.",
    remediation: "Create the cluster as a private cluster (`enable_private_nodes = true`) and give nodes outbound access through Cloud NAT.",
    precision: "high",
    cwe: ["CWE-668"],
    tags: ["gcp", "gke", "kubernetes", "private-cluster", "network-exposure"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.private_cluster_config;
    if (isUnknown(config)) return;
    const block = firstBlock(config);
    const privateNodes = block?.enable_private_nodes;
    if (privateNodes === true || isUnknown(privateNodes)) return;
    const at = block ? ["private_cluster_config", 0, "enable_private_nodes"] : void 0;
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/gcp-gke-logging-disabled.ts
var gcp_gke_logging_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-logging-disabled",
    title: 'GKE cluster logging turned off (logging_service = "none")',
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: 'With `logging_service = "none"` a GKE cluster sends no system or workload logs to Cloud Logging. Container output, node events and control-plane component logs are lost when pods restart, leaving nothing to investigate a compromise with.',
    remediation: 'Remove `logging_service` or set it to `"logging.googleapis.com/kubernetes"`; select the components to collect with `logging_config { enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"] }`.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "logging"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service"
    ]
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
`
      }
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
        errors: [{ line: 5, column: 3, messageIncludes: "logging" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/gcp-gke-monitoring-disabled.ts
var gcp_gke_monitoring_disabled_default = defineRule({
  meta: {
    id: "gcp-gke-monitoring-disabled",
    title: 'GKE cluster monitoring turned off (monitoring_service = "none")',
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["google_container_cluster"],
    description: 'With `monitoring_service = "none"` a GKE cluster exports no metrics to Cloud Monitoring, so alerting policies on node, pod or control-plane health cannot fire; a crypto-miner eating CPU or a denial of service goes unnoticed.',
    remediation: 'Remove `monitoring_service` or set it to `"monitoring.googleapis.com/kubernetes"`; pick components with `monitoring_config { enable_components = ["SYSTEM_COMPONENTS"] }`.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["gcp", "gke", "kubernetes", "monitoring"],
    references: [
      "https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#monitoring_service"
    ]
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
`
      }
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
        errors: [{ line: 6, column: 3, messageIncludes: "monitoring" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-google-container.ts
var rules = [
  gcp_gke_basic_auth_default,
  gcp_gke_client_certificate_default,
  gcp_gke_dashboard_enabled_default,
  gcp_gke_legacy_abac_default,
  gcp_gke_legacy_metadata_endpoints_default,
  gcp_gke_node_default_service_account_default,
  gcp_gke_workload_identity_missing_default,
  gcp_gke_control_plane_open_to_internet_default,
  gcp_gke_master_authorized_networks_missing_default,
  gcp_gke_network_policy_disabled_default,
  gcp_gke_private_nodes_default,
  gcp_gke_logging_disabled_default,
  gcp_gke_monitoring_disabled_default
];
export {
  rules
};
