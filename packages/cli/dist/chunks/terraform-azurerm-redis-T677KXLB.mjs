#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  allowsTlsBelow12,
  isFalse
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/azure-role-definition-wildcard-actions.ts
var azure_role_definition_wildcard_actions_default = defineRule({
  meta: {
    id: "azure-role-definition-wildcard-actions",
    title: 'Custom role grants all actions (wildcard "*")',
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_role_definition"],
    description: 'A custom role with `actions = ["*"]` allows every management operation within its assignable scopes, including changing role assignments: it is an owner role under another name, and whoever holds it can grant themselves anything at that scope.',
    remediation: "List only the actions the role needs (for example `Microsoft.Compute/virtualMachines/read`), or assign a narrower built-in role.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["azure", "rbac", "custom-role", "least-privilege", "iam-wildcard"],
    references: [
      "https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition"
    ]
  },
  check(role, { report }) {
    asList(role.attributes.permissions).forEach((permission, index) => {
      if (!isObject(permission) || !Array.isArray(permission.actions)) return;
      const wildcard = permission.actions.indexOf("*");
      if (wildcard < 0) return;
      report({ at: ["permissions", index, "actions", wildcard], message: `Custom role ${role.name} grants all actions ("*"): full administrator access at its assignable scopes` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "platform" {
  name  = "platform-team"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}
`,
        errors: [{ line: 6, column: 20 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-redis-minimum-tls-version.ts
var azure_redis_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-redis-minimum-tls-version",
    title: "Azure Cache for Redis minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description: "The cache accepts TLS 1.0 or 1.1 connections, protocol versions with known weaknesses that Azure is retiring for Redis.",
    remediation: 'Set `minimum_tls_version = "1.2"`.',
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version"
    ]
  },
  check(cache, { report }) {
    const version = cache.attributes.minimum_tls_version;
    if (allowsTlsBelow12(version)) {
      report({ at: ["minimum_tls_version"], message: `Redis cache ${cache.name} accepts TLS versions below 1.2 (minimum_tls_version = "${String(version)}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "quotes" {
  name                = "redis-quotes"
  location            = "westeurope"
  resource_group_name = "rg-quotes"
  capacity            = 0
  family              = "C"
  sku_name            = "Basic"
  minimum_tls_version = "1.2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "quotes" {
  name                = "redis-quotes"
  location            = "westeurope"
  resource_group_name = "rg-quotes"
  capacity            = 0
  family              = "C"
  sku_name            = "Basic"
  minimum_tls_version = "1.0"
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-redis-non-ssl-port.ts
var NON_SSL_ATTRIBUTES = ["enable_non_ssl_port", "non_ssl_port_enabled"];
var azure_redis_non_ssl_port_default = defineRule({
  meta: {
    id: "azure-redis-non-ssl-port",
    title: "Azure Cache for Redis non-SSL port enabled",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description: "The non-SSL port (6379) accepts unencrypted connections: the access key sent by clients and all cached data cross the network in plain text.",
    remediation: "Remove the setting or set `non_ssl_port_enabled = false` (`enable_non_ssl_port = false` before azurerm 4.0) and connect over TLS on port 6380.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled"
    ]
  },
  check(cache, { report }) {
    for (const attribute of NON_SSL_ATTRIBUTES) {
      if (cache.attributes[attribute] === true) {
        report({ at: [attribute], message: `Redis cache ${cache.name} accepts unencrypted connections on the non-SSL port (${attribute} = true)` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "sessions" {
  name                = "redis-sessions"
  location            = "westeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_redis_cache" "sessions" {
  name                = "redis-sessions"
  location            = "westeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-sql-firewall-open-to-internet.ts
var FIREWALL_RULE_TYPES = [
  "azurerm_sql_firewall_rule",
  "azurerm_mssql_firewall_rule",
  "azurerm_mysql_firewall_rule",
  "azurerm_mysql_flexible_server_firewall_rule",
  "azurerm_postgresql_firewall_rule",
  "azurerm_postgresql_flexible_server_firewall_rule",
  "azurerm_mariadb_firewall_rule"
];
var INTERNET_SPAN = 2 ** 31;
function ipv4ToNumber(value) {
  if (typeof value !== "string") return void 0;
  const parts = value.trim().split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return void 0;
  return parts.reduce((total, part) => total * 256 + Number(part), 0);
}
var azure_sql_firewall_open_to_internet_default = defineRule({
  meta: {
    id: "azure-sql-firewall-open-to-internet",
    title: "Database firewall rule allows the whole internet (0.0.0.0-255.255.255.255)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: FIREWALL_RULE_TYPES,
    description: "A server-level firewall rule whose range spans the IPv4 internet (such as `0.0.0.0` to `255.255.255.255`) lets any host connect to the database endpoint, leaving only the login between the data and password-spraying attackers. The `0.0.0.0`–`0.0.0.0` rule that admits Azure services is not reported.",
    remediation: "Replace the rule with the specific client addresses that need access, or disable public network access and use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.1.2"] },
    tags: ["azure", "database", "network-exposure", "firewall"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule"
    ]
  },
  check(rule, { report }) {
    const start = ipv4ToNumber(rule.attributes.start_ip_address);
    const end = ipv4ToNumber(rule.attributes.end_ip_address);
    if (start === void 0 || end === void 0 || end - start + 1 < INTERNET_SPAN) return;
    report({
      at: ["start_ip_address"],
      message: `Firewall rule ${rule.name} opens the database to the internet (${String(rule.attributes.start_ip_address)} to ${String(rule.attributes.end_ip_address)})`
    });
  },
  examples: {
    valid: [
      {
        name: "one client address",
        filename: "main.tf",
        code: `resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "203.0.113.24"
  end_ip_address   = "203.0.113.24"
}
`
      },
      {
        name: "Azure services",
        filename: "main.tf",
        code: `resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_firewall_rule" "everyone" {
  name                = "everyone"
  resource_group_name = "rg-orders"
  server_name         = azurerm_postgresql_server.orders.name
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255"
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-defender-free-tier.ts
var azure_defender_free_tier_default = defineRule({
  meta: {
    id: "azure-defender-free-tier",
    title: "Microsoft Defender for Cloud plan on the Free pricing tier",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_subscription_pricing"],
    description: "On the Free tier Defender for Cloud only assesses configuration; the threat detection of the Standard tier (alerts on suspicious logins, malware, SQL injection, anomalous storage access) is off for this resource type across the subscription.",
    remediation: 'Set `tier = "Standard"` for each `resource_type` that runs workloads (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers, AppServices…).',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "threat-detection"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing#tier"
    ]
  },
  check(pricing, { report }) {
    const tier = pricing.attributes.tier;
    if (typeof tier !== "string" || tier.toLowerCase() !== "free") return;
    const resourceType = typeof pricing.attributes.resource_type === "string" ? pricing.attributes.resource_type : "VirtualMachines";
    report({
      at: ["tier"],
      message: `Defender for Cloud plan ${pricing.name} (${resourceType}) is on the Free pricing tier: threat detection and security alerts are off`
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Free"
  resource_type = "SqlServers"
}
`,
        errors: [{ line: 2, column: 3, messageIncludes: "pricing tier" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-security-center-alert-notifications-disabled.ts
var azure_security_center_alert_notifications_disabled_default = defineRule({
  meta: {
    id: "azure-security-center-alert-notifications-disabled",
    title: "Defender for Cloud security contact does not receive alert notifications",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_contact"],
    description: "The security contact is configured but alert e-mails to it, or to the subscription's owners, are switched off. High-severity alerts then wait in the portal until someone happens to look, which delays the response to an active attack.",
    remediation: "Set `alert_notifications = true` and `alerts_to_admins = true` on the security contact.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "alerts", "notifications"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact"
    ]
  },
  check(contact, { report }) {
    const { alert_notifications: toContact, alerts_to_admins: toAdmins } = contact.attributes;
    if (isFalse(toContact)) {
      const also = isFalse(toAdmins) ? " and to subscription admins" : "";
      report({ at: ["alert_notifications"], message: `Security Center contact ${contact.name} has alert notifications turned off: security alerts are not e-mailed to the contact${also}` });
    } else if (isFalse(toAdmins)) {
      report({ at: ["alerts_to_admins"], message: `Security Center contact ${contact.name} does not send alert notifications to subscription admins` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}
`
      }
    ],
    invalid: [
      {
        name: "both off",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = false
  alerts_to_admins    = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "alert notifications" }]
      },
      {
        name: "admins left out",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = false
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-azurerm-redis.ts
var rules = [
  azure_role_definition_wildcard_actions_default,
  azure_redis_minimum_tls_version_default,
  azure_redis_non_ssl_port_default,
  azure_sql_firewall_open_to_internet_default,
  azure_defender_free_tier_default,
  azure_security_center_alert_notifications_disabled_default
];
export {
  rules
};
