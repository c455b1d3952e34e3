import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-defender-free-tier",
    title: "Microsoft Defender for Cloud plan on the Free pricing tier",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_subscription_pricing"],
    description:
      "On the Free tier Defender for Cloud only assesses configuration; the threat detection of the Standard tier (alerts on suspicious logins, malware, SQL injection, anomalous storage access) is off for this resource type across the subscription.",
    remediation: "Set `tier = \"Standard\"` for each `resource_type` that runs workloads (VirtualMachines, SqlServers, StorageAccounts, KeyVaults, Containers, AppServices…).",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "threat-detection"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing#tier",
    ],
  },
  check(pricing, { report }) {
    const tier = pricing.attributes.tier;
    if (typeof tier !== "string" || tier.toLowerCase() !== "free") return;
    const resourceType = typeof pricing.attributes.resource_type === "string" ? pricing.attributes.resource_type : "VirtualMachines";
    report({
      at: ["tier"],
      message: `Defender for Cloud plan ${pricing.name} (${resourceType}) is on the Free pricing tier: threat detection and security alerts are off`,
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Free"
  resource_type = "SqlServers"
}
`,
        errors: [{ line: 2, column: 3, messageIncludes: "pricing tier" }],
      },
    ],
  },
});
