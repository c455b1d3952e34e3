import { defineRule, isUnknown, type Value } from "@tollgate/engine";

function hasEntries(value: Value | undefined): boolean {
  if (typeof value === "string") return value.trim().length > 0;
  return Array.isArray(value) && value.length > 0;
}

export default defineRule({
  meta: {
    id: "azure-cosmosdb-public-network-access",
    title: "Cosmos DB account publicly accessible from all networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_cosmosdb_account"],
    description:
      "Public network access is on (the provider default) and neither an IP range filter nor a virtual network filter narrows it, so the account's endpoint accepts connections from the whole internet. A leaked account key is then usable from anywhere.",
    remediation:
      "Set `public_network_access_enabled = false` and use a private endpoint, or restrict access with `ip_range_filter` and `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "cosmos-db", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled",
    ],
  },
  check(account, { report }) {
    const attributes = account.attributes;
    const enabled = attributes.public_network_access_enabled;
    if (enabled !== true && enabled !== undefined) return;
    if (isUnknown(attributes.ip_range_filter) || hasEntries(attributes.ip_range_filter)) return;
    if (attributes.is_virtual_network_filter_enabled === true || isUnknown(attributes.is_virtual_network_filter_enabled)) return;
    if (enabled === true) {
      report({ at: ["public_network_access_enabled"], message: `Cosmos DB account ${account.name} is publicly accessible from all networks: public network access is enabled with no IP or virtual network filter` });
    } else {
      report({ message: `Cosmos DB account ${account.name} is publicly accessible from all networks: public network access defaults to enabled and no IP or virtual network filter is set` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                          = "cosmos-catalog"
  location                      = "westeurope"
  resource_group_name           = "rg-catalog"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`,
      },
      {
        name: "IP range filter",
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                = "cosmos-catalog"
  location            = "westeurope"
  resource_group_name = "rg-catalog"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_cosmosdb_account" "catalog" {
  name                          = "cosmos-catalog"
  location                      = "westeurope"
  resource_group_name           = "rg-catalog"
  offer_type                    = "Standard"
  public_network_access_enabled = true
}
`,
        errors: [{ line: 6, column: 3 }],
      },
    ],
  },
});
