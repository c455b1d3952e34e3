import { defineRule } from "@tollgate/engine";
import { parameterTurnedOff, POSTGRESQL_CONFIGURATION_TYPES } from "../../support/postgresql-configuration.js";

const LOGGING_PARAMETERS: Readonly<Record<string, string>> = {
  log_checkpoints: "checkpoints are not logged, so query and error logs lose the context of heavy I/O",
  log_connections: "connection attempts are not logged, so brute-force and unexpected clients leave no trace",
  log_disconnections: "session ends are not logged, so session lengths and abnormal disconnects cannot be reconstructed",
};

export default defineRule({
  meta: {
    id: "azure-postgresql-logging-parameter-off",
    title: "PostgreSQL server parameter turns off connection or checkpoint logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description:
      "The server logs are where an Azure Database for PostgreSQL records who connected, from where, and for how long. Setting `log_connections`, `log_disconnections` or `log_checkpoints` to off removes that evidence for investigations and for alerting on password guessing.",
    remediation: "Remove the configuration resource or set its `value = \"on\"`, and send the server logs to Log Analytics with a diagnostic setting.",
    precision: "very-high",
    cwe: ["CWE-778"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.2", "4.3.3", "4.3.4"] },
    tags: ["azure", "postgresql", "database", "logging"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration",
    ],
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, Object.keys(LOGGING_PARAMETERS));
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL parameter ${parameter} is turned off by ${configuration.name}: ${LOGGING_PARAMETERS[parameter]}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_connections" {
  name                = "log_connections"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}

resource "azurerm_postgresql_configuration" "work_mem" {
  name                = "work_mem"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "0"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}

resource "azurerm_postgresql_flexible_server_configuration" "log_disconnections" {
  name      = "log_disconnections"
  server_id = azurerm_postgresql_flexible_server.crm.id
  value     = "OFF"
}
`,
        errors: [
          { line: 5, column: 3, messageIncludes: "log_checkpoints" },
          { line: 11, column: 3, messageIncludes: "log_disconnections" },
        ],
      },
    ],
  },
});
