#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  allowsTlsBelow12
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

// packages/rules/src/terraform/iam/azure-storage-account-public-blob-access.ts
var PUBLIC_ACCESS_ATTRIBUTES = ["allow_nested_items_to_be_public", "allow_blob_public_access"];
var azure_storage_account_public_blob_access_default = defineRule({
  meta: {
    id: "azure-storage-account-public-blob-access",
    title: "Storage account allows public (anonymous) blob access",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "With anonymous access allowed on the account, any container in it can be switched to public read with one setting, and its blobs are then readable by anyone on the internet without a key or token. Most data leaks from Azure Storage start this way.",
    remediation: "Set `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false` on azurerm provider 2.x) and share data through SAS tokens, Azure AD authorisation or a CDN in front of a private container.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public"
    ]
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
`
      }
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
        errors: [{ line: 7, column: 3 }]
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
        errors: [{ line: 7, column: 3, messageIncludes: "allow_blob_public_access" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-storage-container-public-access.ts
var PUBLIC_LEVELS = {
  blob: "anyone can read its blobs by URL",
  container: "anyone can list and read its blobs"
};
var azure_storage_container_public_access_default = defineRule({
  meta: {
    id: "azure-storage-container-public-access",
    title: "Storage container is publicly accessible (anonymous read)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_container"],
    description: '`container_access_type = "blob"` or `"container"` grants anonymous public read access: whatever is uploaded to the container can be downloaded by anyone on the internet, and with `container` the blob names can be listed as well.',
    remediation: 'Set `container_access_type = "private"` and hand out access through short-lived SAS tokens or Azure AD roles; serve public web content through a CDN or a static website deliberately set up for it.',
    precision: "high",
    cwe: ["CWE-284", "CWE-200"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type"
    ]
  },
  check(container, { graph, report }) {
    const level = container.attributes.container_access_type;
    if (typeof level !== "string" || !(level in PUBLIC_LEVELS)) return;
    const accountForbids = graph.targets(container.id, "references").some(
      (account) => account.type === "azurerm_storage_account" && (account.attributes.allow_nested_items_to_be_public === false || account.attributes.allow_blob_public_access === false)
    );
    if (accountForbids) return;
    report({ at: ["container_access_type"], message: `Storage container ${container.name} is publicly accessible: ${PUBLIC_LEVELS[level]} (container_access_type = "${level}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "private"
}
`
      },
      {
        name: "the account forbids anonymous access",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "billing" {
  name                            = "contosobilling"
  resource_group_name             = "rg-billing"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "blob"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "container"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "list" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-storage-https-only-disabled.ts
var HTTPS_ONLY_ATTRIBUTES = ["enable_https_traffic_only", "https_traffic_only_enabled"];
var azure_storage_https_only_disabled_default = defineRule({
  meta: {
    id: "azure-storage-https-only-disabled",
    title: "Storage account accepts plain HTTP (secure transfer / HTTPS only disabled)",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "With secure transfer turned off the account serves its REST endpoints over unencrypted HTTP, so data, shared keys in headers and SAS tokens in URLs can be read or altered by anyone on the network path.",
    remediation: "Remove the setting or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` before azurerm 4.0).",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["3.1"] },
    tags: ["azure", "storage", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled"
    ]
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
`
      }
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
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-storage-minimum-tls-version.ts
var azure_storage_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-storage-minimum-tls-version",
    title: "Storage account minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account"],
    description: "The account accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that Azure is retiring. When `min_tls_version` is not set, azurerm provider versions before 3.0 create the account with TLS 1.0 allowed, and the setting in force is not visible in code.",
    remediation: 'Set `min_tls_version = "TLS1_2"` on the storage account.',
    precision: "high",
    cwe: ["CWE-326"],
    tags: ["azure", "storage", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version"
    ]
  },
  check(account, { report }) {
    const version = account.attributes.min_tls_version;
    if (version === void 0) {
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
`
      }
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
        errors: [{ line: 7, column: 3 }]
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-storage-network-default-allow.ts
var azure_storage_network_default_allow_default = defineRule({
  meta: {
    id: "azure-storage-network-default-allow",
    title: "Storage account network rules allow access from all networks (default action Allow)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_account", "azurerm_storage_account_network_rules"],
    description: 'With `default_action = "Allow"` the storage firewall admits connections from any network, including the public internet, and the IP and subnet rules beside it restrict nothing. A leaked key or SAS token is then usable from anywhere.',
    remediation: 'Set `default_action = "Deny"` and list the networks that need access in `ip_rules` and `virtual_network_subnet_ids`, or reach the account through a private endpoint.',
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "storage", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/storage/common/storage-network-security",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules"
    ]
  },
  check(resource, { report }) {
    const message = `Storage account network rules of ${resource.name} allow public access from all networks (default_action = "Allow")`;
    if (resource.type === "azurerm_storage_account_network_rules") {
      if (resource.attributes.default_action === "Allow") report({ at: ["default_action"], message });
      return;
    }
    asList(resource.attributes.network_rules).forEach((rules2, index) => {
      if (isObject(rules2) && rules2.default_action === "Allow") report({ at: ["network_rules", index, "default_action"], message });
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
`
      }
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
        errors: [{ line: 9, column: 5 }]
      },
      {
        name: "separate resource",
        filename: "main.tf",
        code: `resource "azurerm_storage_account_network_rules" "exports" {
  storage_account_id = azurerm_storage_account.exports.id
  default_action     = "Allow"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-azurerm-storage.ts
var rules = [
  azure_storage_account_public_blob_access_default,
  azure_storage_container_public_access_default,
  azure_storage_https_only_disabled_default,
  azure_storage_minimum_tls_version_default,
  azure_storage_network_default_allow_default
];
export {
  rules
};
