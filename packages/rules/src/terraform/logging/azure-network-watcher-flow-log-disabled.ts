import { defineRule } from "@tollgate/engine";
import { isFalse } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "azure-network-watcher-flow-log-disabled",
    title: "Network Watcher flow log explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_network_watcher_flow_log"],
    description:
      "A flow log records which addresses talked to which ports through a network security group or virtual network. Turned off, there is no trace of lateral movement, scanning or data leaving the network to investigate after an incident.",
    remediation: "Set `enabled = true` on the flow log, keep a `retention_policy` long enough for investigations, and consider traffic analytics.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "network-watcher", "flow-logs", "logging"],
    references: [
      "https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#enabled",
    ],
  },
  check(flowLog, { report }) {
    if (isFalse(flowLog.attributes.enabled)) {
      report({ at: ["enabled"], message: `Network Watcher flow log ${flowLog.name} is disabled: network flow logs are not recorded` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = false
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "flow logs" }],
      },
    ],
  },
});
