import { defineRule } from "@tollgate/engine";
import { allowsTlsBelow12 } from "../../support/azure.js";
import { APP_SERVICE_TYPES, siteConfigOf } from "../../support/azure-app-service.js";

/** `min_tls_version` in the older resources, `minimum_tls_version` in the newer ones; SCM site too. */
const TLS_ATTRIBUTES = ["min_tls_version", "minimum_tls_version", "scm_min_tls_version", "scm_minimum_tls_version"];

export default defineRule({
  meta: {
    id: "azure-app-service-minimum-tls-version",
    title: "App Service minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: APP_SERVICE_TYPES,
    description:
      "The app (or its deployment site) accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that are no longer allowed by PCI DSS and most security baselines.",
    remediation: "Set `site_config { minimum_tls_version = \"1.2\" }` (`min_tls_version` on `azurerm_app_service`), or remove it to use the 1.2 default.",
    precision: "very-high",
    cwe: ["CWE-326"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["9.3"] },
    tags: ["azure", "app-service", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/app-service/overview-tls",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version",
    ],
  },
  check(app, { report }) {
    const site = siteConfigOf(app.attributes);
    if (!site) return;
    for (const attribute of TLS_ATTRIBUTES) {
      const version = site.config[attribute];
      if (allowsTlsBelow12(version)) {
        report({ at: ["site_config", site.index, attribute], message: `App ${app.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_web_app" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  service_plan_id     = azurerm_service_plan.checkout.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_app_service" "checkout" {
  name                = "app-checkout"
  location            = "westeurope"
  resource_group_name = "rg-checkout"
  app_service_plan_id = azurerm_app_service_plan.checkout.id
  https_only          = true

  site_config {
    min_tls_version = "1.0"
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
    ],
  },
});
