import { defineRule } from "@tollgate/engine";

const PUBLIC_ACCESS_ATTRIBUTES = ["allow_nested_items_to_be_public", "allow_blob_public_access"];

export default defineRule({
  meta: {
    id: "azure-storage-account-public-blob-access",
    title: "Storage account allows public (anonymous) blob access",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description:
      "With anonymous access allowed on the account, any container in it can be switched to public read with one setting, and its blobs are then readable by anyone on the internet without a key or token. Most data leaks from Azure Storage start this way.",
    remediation:
      "Set `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false` on azurerm provider 2.x) and share data through SAS tokens, Azure AD authorisation or a CDN in front of a private container.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public",
    ],
  },
  check(account, { report }) {
    for (const attribute of PUBLIC_ACCESS_ATTRIBUTES) {
      if (account.attributes[attribute] === true) {
        report({ at: [attribute], message: `Storage account ${account.name} allows public anonymous access to blobs (${attribute} = true)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "reports" {
  name                            = "contosoreports"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "reports" {
  name                            = "contosoreports"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = true
}
`,
        errors: [{ line: 7, column: 3 }],
      },
      {
        name: "azurerm 2.x attribute",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "legacy" {
  name                     = "contosolegacy"
  resource_group_name      = "rg-legacy"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "allow_blob_public_access" }],
      },
    ],
  },
});
