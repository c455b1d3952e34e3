#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  APP_SERVICE_TYPES,
  allowsTlsBelow12,
  siteConfigOf
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/azure-app-service-authentication-disabled.ts
var azure_app_service_authentication_disabled_default = defineRule({
  meta: {
    id: "azure-app-service-authentication-disabled",
    title: "App Service authentication explicitly disabled",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "The app declares App Service Authentication but turns it off, so requests reach the application without the platform checking who sends them. Unless the application authenticates users itself, its pages and APIs are open to anyone who can reach it.",
    remediation: "Enable `auth_settings_v2 { auth_enabled = true }` (or `auth_settings { enabled = true }`) with an identity provider such as Microsoft Entra ID, or remove the block if the app authenticates users itself.",
    precision: "medium",
    cwe: ["CWE-306"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.1"] },
    tags: ["azure", "app-service", "authentication"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-authentication-authorization",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#auth_settings_v2"
    ]
  },
  check(app, { report }) {
    const message = `App ${app.name} has App Service authentication disabled`;
    asList(app.attributes.auth_settings).forEach((settings, index) => {
      if (isObject(settings) && settings.enabled === false) report({ at: ["auth_settings", index, "enabled"], message });
    });
    asList(app.attributes.auth_settings_v2).forEach((settings, index) => {
      if (isObject(settings) && settings.auth_enabled === false) report({ at: ["auth_settings_v2", index, "auth_enabled"], message });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled          = true
    default_provider = "AzureActiveDirectory"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled = false
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-app-service-ftp-allowed.ts
var azure_app_service_ftp_allowed_default = defineRule({
  meta: {
    id: "azure-app-service-ftp-allowed",
    title: "App Service allows plain FTP deployments (ftps_state AllAllowed)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: '`ftps_state = "AllAllowed"` accepts unencrypted FTP as well as FTPS, so deployment credentials and the site\'s code cross the network in plain text. Anyone who captures them can replace the application.',
    remediation: 'Set `site_config { ftps_state = "Disabled" }`, or `"FtpsOnly"` if FTP deployment is still needed, and deploy through zip deploy or a pipeline instead.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "app-service", "ftp", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state"
    ]
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (site?.config.ftps_state === "AllAllowed") {
      report({ at: ["site_config", site.index, "ftps_state"], message: `App ${app.name} allows unencrypted FTP deployments (ftps_state = "AllAllowed")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "Disabled"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "AllAllowed"
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-app-service-https-only.ts
var azure_app_service_https_only_default = defineRule({
  meta: {
    id: "azure-app-service-https-only",
    title: "App Service does not enforce HTTPS only",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "Without `https_only = true` the app also answers plain HTTP, so session cookies, tokens and form data can be read or changed by anyone on the network path. The provider default is `false`.",
    remediation: "Set `https_only = true` so that App Service redirects every HTTP request to HTTPS.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.2"] },
    tags: ["azure", "app-service", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only"
    ]
  },
  check(app, { report }) {
    const httpsOnly = app.attributes.https_only;
    if (httpsOnly === false) report({ at: ["https_only"], message: `App ${app.name} accepts plain HTTP: HTTPS only is disabled (https_only = false)` });
    else if (httpsOnly === void 0) report({ message: `App ${app.name} accepts plain HTTP: https_only is not set and defaults to false` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id
  https_only          = true

  site_config {}
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  app_service_plan_id = azurerm_app_service_plan.portal.id
  https_only          = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id

  site_config {}
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-app-service-minimum-tls-version.ts
var TLS_ATTRIBUTES = ["min_tls_version", "minimum_tls_version", "scm_min_tls_version", "scm_minimum_tls_version"];
var azure_app_service_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-app-service-minimum-tls-version",
    title: "App Service minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description: "The app (or its deployment site) accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that are no longer allowed by PCI DSS and most security baselines.",
    remediation: 'Set `site_config { minimum_tls_version = "1.2" }` (`min_tls_version` on `azurerm_app_service`), or remove it to use the 1.2 default.',
    precision: "very-high",
    cwe: ["CWE-326"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.3"] },
    tags: ["azure", "app-service", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-tls",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version"
    ]
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (!site) return;
    for (const attribute of TLS_ATTRIBUTES) {
      const version = site.config[attribute];
      if (allowsTlsBelow12(version)) {
        report({ at: ["site_config", site.index, attribute], message: `App ${app.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  service_plan_id     = azurerm_service_plan.checkout.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  app_service_plan_id = azurerm_app_service_plan.checkout.id
  https_only          = true

  site_config {
    min_tls_version = "1.0"
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-key-vault-purge-protection.ts
var azure_key_vault_purge_protection_default = defineRule({
  meta: {
    id: "azure-key-vault-purge-protection",
    title: "Key Vault without purge protection",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description: "Without purge protection a deleted vault, or a deleted key or secret in it, can be purged immediately instead of staying recoverable for the retention period. An attacker or a mistaken pipeline can then destroy the keys that encrypt your data, making it unreadable for good.",
    remediation: "Set `purge_protection_enabled = true` (it cannot be turned off again) and keep `soft_delete_retention_days` at a period you can recover within.",
    precision: "very-high",
    cwe: ["CWE-693"],
    tags: ["azure", "key-vault", "key-management"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled"
    ]
  },
  check(vault, { report }) {
    const enabled = vault.attributes.purge_protection_enabled;
    if (enabled === false) report({ at: ["purge_protection_enabled"], message: `Key Vault ${vault.name} has purge protection disabled: deleted keys and secrets can be purged at once` });
    else if (enabled === void 0) report({ message: `Key Vault ${vault.name} does not enable purge protection (purge_protection_enabled is not set)` });
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
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
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-cosmosdb-public-network-access.ts
function hasEntries(value) {
  if (typeof value === "string") return value.trim().length > 0;
  return Array.isArray(value) && value.length > 0;
}
var azure_cosmosdb_public_network_access_default = defineRule({
  meta: {
    id: "azure-cosmosdb-public-network-access",
    title: "Cosmos DB account publicly accessible from all networks",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_cosmosdb_account"],
    description: "Public network access is on (the provider default) and neither an IP range filter nor a virtual network filter narrows it, so the account's endpoint accepts connections from the whole internet. A leaked account key is then usable from anywhere.",
    remediation: "Set `public_network_access_enabled = false` and use a private endpoint, or restrict access with `ip_range_filter` and `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "cosmos-db", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/cosmosdb_account#public_network_access_enabled"
    ]
  },
  check(account, { report }) {
    const attributes = account.attributes;
    const enabled = attributes.public_network_access_enabled;
    if (enabled !== true && enabled !== void 0) return;
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
`
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
`
      }
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
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-key-vault-network-default-allow.ts
var azure_key_vault_network_default_allow_default = defineRule({
  meta: {
    id: "azure-key-vault-network-default-allow",
    title: "Key Vault reachable from all networks (no network ACLs or default action Allow)",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_key_vault"],
    description: "Without `network_acls` denying by default, the vault's public endpoint accepts requests from any network. Access policies or RBAC still apply, but a stolen token or client secret can then be used from anywhere on the internet.",
    remediation: 'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` with the `ip_rules` and `virtual_network_subnet_ids` that need access, or set `public_network_access_enabled = false` and use a private endpoint.',
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "key-vault", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/general/network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls"
    ]
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
`
      }
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
        errors: [{ line: 10, column: 5 }]
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-azurerm-app.ts
var rules = [
  azure_app_service_authentication_disabled_default,
  azure_app_service_ftp_allowed_default,
  azure_app_service_https_only_default,
  azure_app_service_minimum_tls_version_default,
  azure_key_vault_purge_protection_default,
  azure_cosmosdb_public_network_access_default,
  azure_key_vault_network_default_allow_default
];
export {
  rules
};
