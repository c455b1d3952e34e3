import { defineRule } from "@tollgate/engine";
import { allowsTlsBelow12 } from "../../support/azure.js";

export default defineRule({
  meta: {
    id: "azure-redis-minimum-tls-version",
    title: "Azure Cache for Redis minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_redis_cache"],
    description: "The cache accepts TLS 1.0 or 1.1 connections, protocol versions with known weaknesses that Azure is retiring for Redis.",
    remediation: "Set `minimum_tls_version = \"1.2\"`.",
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "redis", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/redis_cache#minimum_tls_version",
    ],
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
`,
      },
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
        errors: [{ line: 8, column: 3 }],
      },
    ],
  },
});
