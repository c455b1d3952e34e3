import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-key-vault-network-default-allow",
    title: "Key Vault reachable from all networks (no network ACLs or default action Allow)",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description:
      "Without `network_acls` denying by default, the vault's public endpoint accepts requests from any network. Access policies or RBAC still apply, but a stolen token or client secret can then be used from anywhere on the internet.",
    remediation:
      "Add `network_acls { default_action = \"Deny\", bypass = \"AzureServices\" }` with the `ip_rules` and `virtual_network_subnet_ids` that need access, or set `public_network_access_enabled = false` and use a private endpoint.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "key-vault", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls",
    ],
  },
  check(vault, { report }) {
    const attributes = vault.attributes;
    if (attributes.public_network_access_enabled === false || isUnknown(attributes.public_network_access_enabled)) return;
    if (isUnknown(attributes.network_acls)) return;
    const acls = asList(attributes.network_acls);
    if (acls.length === 0) {
      report({ message: `Key Vault ${vault.name} has no network ACLs: its public endpoint is reachable from all networks` });
      return;
    }
    acls.forEach((acl, index) => {
      if (isObject(acl) && acl.default_action === "Allow") {
        report({ at: ["network_acls", index, "default_action"], message: `Key Vault ${vault.name} network ACLs allow public access from all networks (default_action = "Allow")` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = ["203.0.113.0/28"]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Allow"
    bypass         = "AzureServices"
  }
}
`,
        errors: [{ line: 10, column: 5 }],
      },
      {
        name: "no network_acls",
        filename: "main.tf",
        code: `resource "azurerm_key_vault" "build" {
  name                     = "kv-build"
  location                 = "westeurope"
  resource_group_name      = "rg-build"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
