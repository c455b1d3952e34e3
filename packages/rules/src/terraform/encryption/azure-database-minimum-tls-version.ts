import { defineRule } from "@tollgate/engine";
import { allowsTlsBelow12 } from "../../support/azure.js";

/** Attribute holding the minimum TLS version, per server type. */
const TLS_ATTRIBUTE: Record<string, string> = {
  azurerm_mssql_server: "minimum_tls_version",
  azurerm_mysql_server: "ssl_minimal_tls_version_enforced",
  azurerm_postgresql_server: "ssl_minimal_tls_version_enforced",
  azurerm_mariadb_server: "ssl_minimal_tls_version_enforced",
};

export default defineRule({
  meta: {
    id: "azure-database-minimum-tls-version",
    title: "Database server minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: Object.keys(TLS_ATTRIBUTE),
    description:
      "The server accepts TLS 1.0 or 1.1 (or no minimum at all), protocol versions with known weaknesses that allow downgrade attacks on client connections.",
    remediation: "Set `minimum_tls_version = \"1.2\"` on SQL servers and `ssl_minimal_tls_version_enforced = \"TLS1_2\"` on MySQL, PostgreSQL and MariaDB servers.",
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version",
    ],
  },
  check(server, { report }) {
    const attribute = TLS_ATTRIBUTE[server.type]!;
    const version = server.attributes[attribute];
    if (!allowsTlsBelow12(version)) return;
    // With SSL enforcement off, the SSL enforcement rule already reports the server.
    if (server.attributes.ssl_enforcement_enabled === false && /disabled/i.test(String(version))) return;
    report({ at: [attribute], message: `Database server ${server.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.0"
  public_network_access_enabled = false
}
`,
        errors: [{ line: 6, column: 3 }],
      },
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "crm" {
  name                             = "psql-crm"
  location                         = "westeurope"
  resource_group_name              = "rg-crm"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1"
}
`,
        errors: [{ line: 8, column: 3 }],
      },
    ],
  },
});
