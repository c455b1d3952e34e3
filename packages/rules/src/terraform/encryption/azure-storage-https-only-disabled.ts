import { defineRule } from "@tollgate/engine";

const HTTPS_ONLY_ATTRIBUTES = ["enable_https_traffic_only", "https_traffic_only_enabled"];

export default defineRule({
  meta: {
    id: "azure-storage-https-only-disabled",
    title: "Storage account accepts plain HTTP (secure transfer / HTTPS only disabled)",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description:
      "With secure transfer turned off the account serves its REST endpoints over unencrypted HTTP, so data, shared keys in headers and SAS tokens in URLs can be read or altered by anyone on the network path.",
    remediation: "Remove the setting or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` before azurerm 4.0).",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["3.1"] },
    tags: ["azure", "storage", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled",
    ],
  },
  check(account, { report }) {
    for (const attribute of HTTPS_ONLY_ATTRIBUTES) {
      if (account.attributes[attribute] === false) {
        report({ at: [attribute], message: `Storage account ${account.name} accepts unencrypted HTTP: HTTPS only is disabled (${attribute} = false)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "assets" {
  name                       = "contosoassets"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "assets" {
  name                      = "contosoassets"
  resource_group_name       = "rg-web"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false
}
`,
        errors: [{ line: 7, column: 3 }],
      },
    ],
  },
});
