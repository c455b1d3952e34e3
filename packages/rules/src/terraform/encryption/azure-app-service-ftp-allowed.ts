import { defineRule } from "@tollgate/engine";
import { APP_SERVICE_TYPES, siteConfigOf } from "../../support/azure-app-service.js";

export default defineRule({
  meta: {
    id: "azure-app-service-ftp-allowed",
    title: "App Service allows plain FTP deployments (ftps_state AllAllowed)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description:
      "`ftps_state = \"AllAllowed\"` accepts unencrypted FTP as well as FTPS, so deployment credentials and the site's code cross the network in plain text. Anyone who captures them can replace the application.",
    remediation: "Set `site_config { ftps_state = \"Disabled\" }`, or `\"FtpsOnly\"` if FTP deployment is still needed, and deploy through zip deploy or a pipeline instead.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["azure", "app-service", "ftp", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state",
    ],
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (site?.config.ftps_state === "AllAllowed") {
      report({ at: ["site_config", site.index, "ftps_state"], message: `App ${app.name} allows unencrypted FTP deployments (ftps_state = "AllAllowed")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "Disabled"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_windows_web_app" "cms" {
  name                = "app-cms"
  location            = "westeurope"
  resource_group_name = "rg-cms"
  service_plan_id     = azurerm_service_plan.cms.id
  https_only          = true

  site_config {
    ftps_state = "AllAllowed"
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
    ],
  },
});
