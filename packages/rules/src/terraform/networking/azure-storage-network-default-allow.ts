import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-storage-network-default-allow",
    title: "Storage account network rules allow access from all networks (default action Allow)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account", "azurerm_storage_account_network_rules"],
    description:
      "With `default_action = \"Allow\"` the storage firewall admits connections from any network, including the public internet, and the IP and subnet rules beside it restrict nothing. A leaked key or SAS token is then usable from anywhere.",
    remediation:
      "Set `default_action = \"Deny\"` and list the networks that need access in `ip_rules` and `virtual_network_subnet_ids`, or reach the account through a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules",
    ],
  },
  check(resource, { report }) {
    const message = `Storage account network rules of ${resource.name} allow public access from all networks (default_action = "Allow")`;
    if (resource.type === "azurerm_storage_account_network_rules") {
      if (resource.attributes.default_action === "Allow") report({ at: ["default_action"], message });
      return;
    }
    asList(resource.attributes.network_rules).forEach((rules, index) => {
      if (isObject(rules) && rules.default_action === "Allow") report({ at: ["network_rules", index, "default_action"], message });
    });
  },
  examples: {
    valid: [
      {
        name: "separate network rules that deny by default",
        filename: "main.tf",
        code: `resource "azurerm_storage_account_network_rules" "exports" {
  storage_account_id = azurerm_storage_account.exports.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
  bypass             = ["AzureServices"]
}
`,
      },
    ],
    invalid: [
      {
        name: "inline network_rules",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "exports" {
  name                     = "contosoexports"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow"
    ip_rules       = ["203.0.113.10"]
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
      {
        name: "separate resource",
        filename: "main.tf",
        code: `resource "azurerm_storage_account_network_rules" "exports" {
  storage_account_id = azurerm_storage_account.exports.id
  default_action     = "Allow"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
