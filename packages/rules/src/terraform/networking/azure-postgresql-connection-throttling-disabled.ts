import { defineRule } from "@tollgate/engine";
import { parameterTurnedOff, POSTGRESQL_CONFIGURATION_TYPES } from "../../support/postgresql-configuration.js";

export default defineRule({
  meta: {
    id: "azure-postgresql-connection-throttling-disabled",
    title: "PostgreSQL connection throttling turned off",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description:
      "Connection throttling makes Azure Database for PostgreSQL slow down clients after repeated failed logins from the same address. It is a network-facing defence: turned off, password guessing and connection floods against the server endpoint run at full speed.",
    remediation: "Remove the configuration resource or set its `value = \"on\"` (`connection_throttling` on single server, `connection_throttle.enable` on flexible server).",
    precision: "very-high",
    cwe: ["CWE-307"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.5"] },
    tags: ["azure", "postgresql", "database", "brute-force", "throttling"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-parameters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration",
    ],
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, ["connection_throttling", "connection_throttle.enable"]);
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL connection throttling (${parameter}) is turned off by ${configuration.name}: repeated failed logins are not slowed down` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "throttling" }],
      },
    ],
  },
});
