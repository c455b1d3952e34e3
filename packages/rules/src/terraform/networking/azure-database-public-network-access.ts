import { defineRule } from "@tollgate/engine";

/** Server types and whether the provider turns public network access on when the attribute is absent. */
const SERVERS: Record<string, { service: string; publicByDefault: boolean }> = {
  azurerm_mssql_server: { service: "SQL server", publicByDefault: true },
  azurerm_mysql_server: { service: "MySQL server", publicByDefault: true },
  azurerm_postgresql_server: { service: "PostgreSQL server", publicByDefault: true },
  azurerm_mariadb_server: { service: "MariaDB server", publicByDefault: true },
  // Flexible servers derive it from their networking mode; only an explicit true is certain.
  azurerm_mysql_flexible_server: { service: "MySQL flexible server", publicByDefault: false },
  azurerm_postgresql_flexible_server: { service: "PostgreSQL flexible server", publicByDefault: false },
};

export default defineRule({
  meta: {
    id: "azure-database-public-network-access",
    title: "Database server has public network access enabled",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: Object.keys(SERVERS),
    description:
      "The server has a public endpoint reachable from the internet, and only its firewall rules and credentials stand between it and attackers. Single servers (SQL, MySQL, PostgreSQL, MariaDB) are publicly accessible unless `public_network_access_enabled = false` is set.",
    remediation:
      "Set `public_network_access_enabled = false` and connect through a private endpoint or VNet integration; if a public endpoint is unavoidable, keep the firewall rules to known addresses.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "database", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#public_network_access_enabled",
    ],
  },
  check(server, { report }) {
    const { service, publicByDefault } = SERVERS[server.type]!;
    const enabled = server.attributes.public_network_access_enabled;
    if (enabled === true) {
      report({ at: ["public_network_access_enabled"], message: `${service} ${server.name} is publicly accessible: public network access is enabled` });
    } else if (enabled === undefined && publicByDefault) {
      report({ message: `${service} ${server.name} is publicly accessible: public_network_access_enabled is not set and defaults to true` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "orders" {
  name                          = "psql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "orders" {
  name                          = "mysql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true
}
`,
        errors: [{ line: 8, column: 3 }],
      },
      {
        name: "not set on a single server",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "orders" {
  name                = "sql-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  version             = "12.0"
  minimum_tls_version = "1.2"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "defaults to true" }],
      },
    ],
  },
});
