import { defineRule } from "@tollgate/engine";

const FIREWALL_RULE_TYPES = [
  "azurerm_sql_firewall_rule",
  "azurerm_mssql_firewall_rule",
  "azurerm_mysql_firewall_rule",
  "azurerm_mysql_flexible_server_firewall_rule",
  "azurerm_postgresql_firewall_rule",
  "azurerm_postgresql_flexible_server_firewall_rule",
  "azurerm_mariadb_firewall_rule",
];

/** Half of the IPv4 space or more: no longer a list of trusted addresses. */
const INTERNET_SPAN = 2 ** 31;

function ipv4ToNumber(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const parts = value.trim().split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((total, part) => total * 256 + Number(part), 0);
}

export default defineRule({
  meta: {
    id: "azure-sql-firewall-open-to-internet",
    title: "Database firewall rule allows the whole internet (0.0.0.0-255.255.255.255)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: FIREWALL_RULE_TYPES,
    description:
      "A server-level firewall rule whose range spans the IPv4 internet (such as `0.0.0.0` to `255.255.255.255`) lets any host connect to the database endpoint, leaving only the login between the data and password-spraying attackers. The `0.0.0.0`–`0.0.0.0` rule that admits Azure services is not reported.",
    remediation: "Replace the rule with the specific client addresses that need access, or disable public network access and use a private endpoint.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.1.2"] },
    tags: ["azure", "database", "network-exposure", "firewall"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule",
    ],
  },
  check(rule, { report }) {
    const start = ipv4ToNumber(rule.attributes.start_ip_address);
    const end = ipv4ToNumber(rule.attributes.end_ip_address);
    if (start === undefined || end === undefined || end - start + 1 < INTERNET_SPAN) return;
    report({
      at: ["start_ip_address"],
      message: `Firewall rule ${rule.name} opens the database to the internet (${String(rule.attributes.start_ip_address)} to ${String(rule.attributes.end_ip_address)})`,
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
`,
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
`,
      },
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
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
