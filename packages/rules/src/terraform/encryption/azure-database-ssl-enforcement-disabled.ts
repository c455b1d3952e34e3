import { defineRule } from "@tollgate/engine";

const SERVERS: Record<string, string> = {
  azurerm_mysql_server: "MySQL server",
  azurerm_postgresql_server: "PostgreSQL server",
  azurerm_mariadb_server: "MariaDB server",
};
const SERVER_CONFIGURATIONS: Record<string, string> = {
  azurerm_mysql_flexible_server_configuration: "MySQL flexible server",
  azurerm_postgresql_flexible_server_configuration: "PostgreSQL flexible server",
};

export default defineRule({
  meta: {
    id: "azure-database-ssl-enforcement-disabled",
    title: "Database server does not enforce SSL/TLS connections",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: [...Object.keys(SERVERS), ...Object.keys(SERVER_CONFIGURATIONS)],
    description:
      "The server accepts unencrypted client connections, so credentials and query results can cross the network in plain text and be read or altered in transit.",
    remediation:
      "Set `ssl_enforcement_enabled = true` on single servers; on flexible servers leave `require_secure_transport` at `ON`.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.3.1", "4.4.1"] },
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security",
      "https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_enforcement_enabled",
    ],
  },
  check(resource, { report }) {
    const attributes = resource.attributes;
    if (resource.type in SERVERS) {
      if (attributes.ssl_enforcement_enabled === false) {
        report({ at: ["ssl_enforcement_enabled"], message: `${SERVERS[resource.type]} ${resource.name} does not enforce SSL: unencrypted connections are accepted (ssl_enforcement_enabled = false)` });
      }
      return;
    }
    if (typeof attributes.name !== "string" || attributes.name.toLowerCase() !== "require_secure_transport") return;
    if (typeof attributes.value === "string" && attributes.value.toLowerCase() === "off") {
      report({ at: ["value"], message: `${SERVER_CONFIGURATIONS[resource.type]} configuration ${resource.name} turns off require_secure_transport: unencrypted (non-TLS) connections are accepted` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "ledger" {
  name                             = "psql-ledger"
  location                         = "westeurope"
  resource_group_name              = "rg-ledger"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "ledger" {
  name                    = "mysql-ledger"
  location                = "westeurope"
  resource_group_name     = "rg-ledger"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = false
}
`,
        errors: [{ line: 7, column: 3 }],
      },
      {
        name: "flexible server parameter",
        filename: "main.tf",
        code: `resource "azurerm_mysql_flexible_server_configuration" "transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg-ledger"
  server_name         = azurerm_mysql_flexible_server.ledger.name
  value               = "OFF"
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
