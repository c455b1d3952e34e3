import { asList, defineRule, isObject } from "@tollgate/engine";
import { APP_SERVICE_TYPES } from "../../support/azure-app-service.js";

export default defineRule({
  meta: {
    id: "azure-app-service-authentication-disabled",
    title: "App Service authentication explicitly disabled",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description:
      "The app declares App Service Authentication but turns it off, so requests reach the application without the platform checking who sends them. Unless the application authenticates users itself, its pages and APIs are open to anyone who can reach it.",
    remediation:
      "Enable `auth_settings_v2 { auth_enabled = true }` (or `auth_settings { enabled = true }`) with an identity provider such as Microsoft Entra ID, or remove the block if the app authenticates users itself.",
    precision: "medium",
    cwe: ["CWE-306"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.1"] },
    tags: ["azure", "app-service", "authentication"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-authentication-authorization",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#auth_settings_v2",
    ],
  },
  check(app, { report }) {
    const message = `App ${app.name} has App Service authentication disabled`;
    asList(app.attributes.auth_settings).forEach((settings, index) => {
      if (isObject(settings) && settings.enabled === false) report({ at: ["auth_settings", index, "enabled"], message });
    });
    asList(app.attributes.auth_settings_v2).forEach((settings, index) => {
      if (isObject(settings) && settings.auth_enabled === false) report({ at: ["auth_settings_v2", index, "auth_enabled"], message });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled          = true
    default_provider = "AzureActiveDirectory"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "hr" {
  name                = "app-hr"
  location            = "westeurope"
  resource_group_name = "rg-hr"
  app_service_plan_id = azurerm_app_service_plan.hr.id
  https_only          = true

  auth_settings {
    enabled = false
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
    ],
  },
});
