import { defineRule, isUnknown } from "@tollgate/engine";
import { allowsTlsBelow12 } from "../../support/azure.js";

export default defineRule({
  meta: {
    id: "azure-storage-minimum-tls-version",
    title: "Storage account minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description:
      "The account accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that Azure is retiring. When `min_tls_version` is not set, azurerm provider versions before 3.0 create the account with TLS 1.0 allowed, and the setting in force is not visible in code.",
    remediation: "Set `min_tls_version = \"TLS1_2\"` on the storage account.",
    precision: "high",
    cwe: ["CWE-326"],
    tags: ["azure", "storage", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version",
    ],
  },
  check(account, { report }) {
    const version = account.attributes.min_tls_version;
    if (version === undefined) {
      report({ message: `Storage account ${account.name} does not set a minimum TLS version (min_tls_version); older azurerm providers default to TLS1_0` });
    } else if (!isUnknown(version) && allowsTlsBelow12(version)) {
      report({ at: ["min_tls_version"], message: `Storage account ${account.name} accepts TLS versions below 1.2 (min_tls_version = "${String(version)}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}
`,
        errors: [{ line: 7, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "logs" {
  name                     = "contosologs"
  resource_group_name      = "rg-logs"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
