import { defineRule } from "@tollgate/engine";

const NON_SSL_ATTRIBUTES = ["enable_non_ssl_port", "non_ssl_port_enabled"];

export default defineRule({
  meta: {
    id: "azure-redis-non-ssl-port",
    title: "Azure Cache for Redis non-SSL port enabled",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description:
      "The non-SSL port (6379) accepts unencrypted connections: the access key sent by clients and all cached data cross the network in plain text.",
    remediation: "Remove the setting or set `non_ssl_port_enabled = false` (`enable_non_ssl_port = false` before azurerm 4.0) and connect over TLS on port 6380.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#non_ssl_port_enabled",
    ],
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
`,
      },
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
        errors: [{ line: 8, column: 3 }],
      },
    ],
  },
});
