import { asList, defineRule, isObject } from "@tollgate/engine";
import { isFalse } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "azure-aks-monitoring-disabled",
    title: "AKS monitoring add-on (Container Insights) explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description:
      "The `oms_agent` add-on sends container logs, node and pod metrics to Log Analytics. With it switched off, a crashed, compromised or resource-starved workload leaves no record outside the cluster, and alerts built on Container Insights never fire.",
    remediation:
      "Enable the add-on: `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id }` (provider 3.x and later) or `addon_profile { oms_agent { enabled = true, log_analytics_workspace_id = … } }` (provider 2.x).",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "aks", "kubernetes", "monitoring", "logging"],
    references: [
      "https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#oms_agent",
    ],
  },
  check(cluster, { report }) {
    // Only an explicit `enabled = false` is a finding: the 3.x provider has no flag, the add-on is on when its block is written.
    asList(cluster.attributes.addon_profile).forEach((profile, profileIndex) => {
      if (!isObject(profile)) return;
      asList(profile.oms_agent).forEach((agent, index) => {
        if (isObject(agent) && isFalse(agent.enabled)) {
          report({
            at: ["addon_profile", profileIndex, "oms_agent", index, "enabled"],
            message: `AKS cluster ${cluster.name} has the monitoring add-on (oms_agent) disabled: container logs and metrics are not collected`,
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "orders" {
  name                = "aks-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  dns_prefix          = "orders"

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
}

resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled                    = true
      log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled = false
    }
  }
}
`,
        errors: [{ line: 9, column: 7, messageIncludes: "monitoring" }],
      },
    ],
  },
});
