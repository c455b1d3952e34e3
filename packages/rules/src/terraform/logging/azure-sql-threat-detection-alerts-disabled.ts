import { defineRule, type AttributePath, type ReportDescriptor, type Value, type ValueObject } from "@tollgate/engine";
import { blocksOf, isFalse } from "../../support/terraform-values.js";

/** Resources that carry the alert settings themselves; the others hold them in a `threat_detection_policy` block. */
const ALERT_POLICY_TYPES = new Set(["azurerm_mssql_server_security_alert_policy", "azurerm_mssql_managed_instance_security_alert_policy"]);

export default defineRule({
  meta: {
    id: "azure-sql-threat-detection-alerts-disabled",
    title: "Azure SQL threat detection disabled or some of its alerts turned off",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: [
      "azurerm_mssql_server_security_alert_policy",
      "azurerm_mssql_managed_instance_security_alert_policy",
      "azurerm_mssql_database",
      "azurerm_sql_database",
      "azurerm_sql_server",
    ],
    description:
      "Advanced Threat Protection for Azure SQL raises alerts on SQL injection, brute-force logins, access from unusual places and data exfiltration. A disabled policy, or a `disabled_alerts` list, silences exactly the signals that show a database being attacked.",
    remediation: "Set `state = \"Enabled\"` (or `enabled = true` for managed instances) and leave `disabled_alerts` empty, with `email_addresses` or `email_account_admins` set so someone receives the alerts.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "sql", "threat-detection", "defender", "alerts"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#threat_detection_policy",
    ],
  },
  check(resource, { report }) {
    if (ALERT_POLICY_TYPES.has(resource.type)) {
      const finding = policyFinding(resource.attributes, [], `SQL security alert policy ${resource.name}`);
      if (finding) report(finding);
      return;
    }
    for (const { block, at } of blocksOf(resource.attributes, "threat_detection_policy") ?? []) {
      const finding = policyFinding(block, at, `the threat detection policy of ${resource.name}`);
      if (finding) report(finding);
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name  = "rg-billing"
  server_name          = azurerm_mssql_server.billing.name
  state                = "Enabled"
  email_addresses      = ["dba-oncall@example.com"]
  email_account_admins = true
  disabled_alerts      = []
}
`,
      },
    ],
    invalid: [
      {
        name: "alerts turned off",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Enabled"
  disabled_alerts     = ["Sql_Injection", "Data_Exfiltration"]
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "Sql_Injection, Data_Exfiltration" }],
      },
      {
        name: "policy disabled",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Disabled"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "threat detection" }],
      },
      {
        name: "database block on an older provider",
        filename: "main.tf",
        code: `resource "azurerm_sql_database" "reports" {
  name                = "reports"
  resource_group_name = "rg-reports"
  location            = "westeurope"
  server_name         = azurerm_sql_server.reports.name

  threat_detection_policy {
    state = "Disabled"
  }
}
`,
        errors: [{ line: 8, column: 5 }],
      },
    ],
  },
});

function policyFinding(policy: ValueObject, base: AttributePath, label: string): ReportDescriptor | undefined {
  const switchedOff = isDisabledState(policy.state) ? "state" : isFalse(policy.enabled) ? "enabled" : undefined;
  if (switchedOff) {
    return { at: [...base, switchedOff], message: `SQL threat detection is disabled by ${label}: no alerts on injection, brute force or exfiltration` };
  }
  const disabled = policy.disabled_alerts;
  if (Array.isArray(disabled)) {
    const names = disabled.filter((name): name is string => typeof name === "string" && name.trim() !== "");
    if (names.length > 0) {
      return { at: [...base, "disabled_alerts"], message: `SQL threat detection alerts are turned off by ${label}: ${names.join(", ")}` };
    }
  }
  return undefined;
}

function isDisabledState(value: Value | undefined): boolean {
  return typeof value === "string" && value.toLowerCase() === "disabled";
}
