import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-managed-disk-encryption-disabled",
    title: "Managed disk with Azure Disk Encryption explicitly disabled",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_managed_disk"],
    description:
      "The disk's `encryption_settings` block turns Azure Disk Encryption off. The platform still encrypts the disk at rest with a Microsoft-managed key, but nothing encrypts it with keys you hold, so anyone able to export or snapshot the disk can read its contents.",
    remediation:
      "Remove the disabled `encryption_settings` block and encrypt the disk with a customer-managed key through `disk_encryption_set_id`, or configure `encryption_settings` with a Key Vault key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["azure", "managed-disk", "encryption-at-rest"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#encryption_settings",
    ],
  },
  check(disk, { report }) {
    asList(disk.attributes.encryption_settings).forEach((settings, index) => {
      if (isObject(settings) && settings.enabled === false) {
        report({ at: ["encryption_settings", index, "enabled"], message: `Managed disk ${disk.name} has disk encryption explicitly disabled (encryption_settings.enabled = false)` });
      }
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_managed_disk" "data" {
  name                   = "disk-data"
  location               = "westeurope"
  resource_group_name    = "rg-data"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 256
  disk_encryption_set_id = azurerm_disk_encryption_set.data.id
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_managed_disk" "data" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-data"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256

  encryption_settings {
    enabled = false
  }
}
`,
        errors: [{ line: 10, column: 5 }],
      },
    ],
  },
});
