import { asList, defineRule, getPath, isObject, isUnknown, type AttributePath, type Value } from "@tollgate/engine";
import { isInternetCidr } from "../../support/network.js";

function rangesOf(value: Value | undefined): Value[] | "unknown" {
  if (isUnknown(value)) return "unknown";
  return Array.isArray(value) ? value : [];
}

export default defineRule({
  meta: {
    id: "azure-aks-api-server-public",
    title: "AKS API server publicly accessible (not a private cluster, no authorized IP ranges)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description:
      "The cluster is not private and does not restrict its API server to authorized IP ranges, so the Kubernetes control plane answers anyone on the internet. Leaked kubeconfigs and credential or API server vulnerabilities are then exploitable from anywhere.",
    remediation:
      "Make it a private cluster (`private_cluster_enabled = true`), or list the networks allowed to reach the API server in `api_server_access_profile { authorized_ip_ranges = [...] }`.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "aks", "kubernetes", "network-exposure", "private-cluster"],
    references: [
      "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
      "https://learn.microsoft.com/azure/aks/private-clusters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile",
    ],
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const isPrivate = attributes.private_cluster_enabled;
    if (isPrivate === true || isUnknown(isPrivate) || isUnknown(attributes.api_server_access_profile)) return;
    const legacy = rangesOf(attributes.api_server_authorized_ip_ranges);
    if (legacy === "unknown") return;
    const sources: Array<{ base: AttributePath; ranges: Value[] }> = [{ base: ["api_server_authorized_ip_ranges"], ranges: legacy }];
    for (const [index, profile] of asList(attributes.api_server_access_profile).entries()) {
      if (!isObject(profile)) return;
      const ranges = rangesOf(getPath(profile, ["authorized_ip_ranges"]));
      if (ranges === "unknown") return;
      sources.push({ base: ["api_server_access_profile", index, "authorized_ip_ranges"], ranges });
    }
    for (const { base, ranges } of sources) {
      const open = ranges.findIndex((range) => isInternetCidr(range));
      if (open >= 0) {
        report({ at: [...base, open], message: `AKS cluster ${cluster.name} authorizes the whole internet (${String(ranges[open])}) to reach its public API server` });
        return;
      }
    }
    if (sources.some(({ ranges }) => ranges.length > 0)) return;
    const at = isPrivate === false ? ["private_cluster_enabled"] : undefined;
    report({ at, message: `AKS cluster ${cluster.name} API server is publicly accessible: not a private cluster and no authorized IP ranges` });
  },
  examples: {
    valid: [
      {
        name: "authorized IP ranges",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  api_server_access_profile {
    authorized_ip_ranges = ["198.51.100.0/24"]
  }
}
`,
      },
      {
        name: "private cluster",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "authorized range is the internet",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = false

  api_server_access_profile {
    authorized_ip_ranges = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 9, column: 29 }],
      },
    ],
  },
});
