import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-key-vault-purge-protection",
    title: "Key Vault without purge protection",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description:
      "Without purge protection a deleted vault, or a deleted key or secret in it, can be purged immediately instead of staying recoverable for the retention period. An attacker or a mistaken pipeline can then destroy the keys that encrypt your data, making it unreadable for good.",
    remediation: "Set `purge_protection_enabled = true` (it cannot be turned off again) and keep `soft_delete_retention_days` at a period you can recover within.",
    precision: "very-high",
    cwe: ["CWE-693"],
    tags: ["azure", "key-vault", "key-management"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled",
    ],
  },
  check(vault, { report }) {
    const enabled = vault.attributes.purge_protection_enabled;
    if (enabled === false) report({ at: ["purge_protection_enabled"], message: `Key Vault ${vault.name} has purge protection disabled: deleted keys and secrets can be purged at once` });
    else if (enabled === undefined) report({ message: `Key Vault ${vault.name} does not enable purge protection (purge_protection_enabled is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                       = "kv-payments"
  location                   = "westeurope"
  resource_group_name        = "rg-payments"
  tenant_id                  = var.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 90
  purge_protection_enabled   = true
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                = "kv-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "payments" {
  name                     = "kv-payments"
  location                 = "westeurope"
  resource_group_name      = "rg-payments"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = false
}
`,
        errors: [{ line: 7, column: 3 }],
      },
    ],
  },
});
