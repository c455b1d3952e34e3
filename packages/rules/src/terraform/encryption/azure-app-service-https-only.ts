import { defineRule } from "@tollgate/engine";
import { APP_SERVICE_TYPES } from "../../support/azure-app-service.js";

export default defineRule({
  meta: {
    id: "azure-app-service-https-only",
    title: "App Service does not enforce HTTPS only",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description:
      "Without `https_only = true` the app also answers plain HTTP, so session cookies, tokens and form data can be read or changed by anyone on the network path. The provider default is `false`.",
    remediation: "Set `https_only = true` so that App Service redirects every HTTP request to HTTPS.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.2"] },
    tags: ["azure", "app-service", "https", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#https_only",
    ],
  },
  check(app, { report }) {
    const httpsOnly = app.attributes.https_only;
    if (httpsOnly === false) report({ at: ["https_only"], message: `App ${app.name} accepts plain HTTP: HTTPS only is disabled (https_only = false)` });
    else if (httpsOnly === undefined) report({ message: `App ${app.name} accepts plain HTTP: https_only is not set and defaults to false` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id
  https_only          = true

  site_config {}
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  app_service_plan_id = azurerm_app_service_plan.portal.id
  https_only          = false
}
`,
        errors: [{ line: 6, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "portal" {
  name                = "app-portal"
  location            = "westeurope"
  resource_group_name = "rg-portal"
  service_plan_id     = azurerm_service_plan.portal.id

  site_config {}
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
