import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-linux-vm-password-authentication",
    title: "Linux VM allows SSH password authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine"],
    description:
      "`disable_password_authentication = false` lets users log in over SSH with a password instead of a key. Passwords can be guessed, sprayed and reused; SSH keys cannot be brute-forced in practice.",
    remediation: "Set `disable_password_authentication = true` (the default for `azurerm_linux_virtual_machine`) and provide an `admin_ssh_key`.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["azure", "vm", "ssh", "authentication", "password"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication",
    ],
  },
  check(vm, { report }) {
    const message = `Linux VM ${vm.name} allows SSH password authentication (disable_password_authentication = false)`;
    if (vm.type === "azurerm_virtual_machine") {
      asList(vm.attributes.os_profile_linux_config).forEach((config, index) => {
        if (isObject(config) && config.disable_password_authentication === false) {
          report({ at: ["os_profile_linux_config", index, "disable_password_authentication"], message });
        }
      });
    } else if (vm.attributes.disable_password_authentication === false) {
      report({ at: ["disable_password_authentication"], message });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_virtual_machine" "build" {
  name                  = "vm-build"
  resource_group_name   = "rg-build"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.build.id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = file("build.pub")
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_linux_virtual_machine" "build" {
  name                            = "vm-build"
  resource_group_name             = "rg-build"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false
  network_interface_ids           = [azurerm_network_interface.build.id]
}
`,
        errors: [{ line: 8, column: 3 }],
      },
      {
        name: "classic virtual machine resource",
        filename: "main.tf",
        code: `resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-legacy"
  vm_size               = "Standard_B2s"
  network_interface_ids = [azurerm_network_interface.legacy.id]

  os_profile_linux_config {
    disable_password_authentication = false
  }
}
`,
        errors: [{ line: 9, column: 5 }],
      },
    ],
  },
});
