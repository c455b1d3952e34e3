import { defineRule } from "@tollgate/engine";
import { NETWORK_SECURITY_TYPES, openInboundRules } from "../../support/azure.js";
import { classifyExposure, describePorts } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "azure-nsg-ssh-rdp-open-to-internet",
    title: "Network security group allows SSH or RDP from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description:
      "An inbound Allow rule lets any source (`*`, `Internet`, `0.0.0.0/0`) reach port 22 (SSH) or 3389 (RDP). Both are scanned and brute-forced continuously; one weak password or unpatched service gives an attacker a shell on the machine.",
    remediation:
      "Restrict `source_address_prefix` to known administration networks, or remove the rule and connect through Azure Bastion, a VPN or just-in-time VM access.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["6.1", "6.2"] },
    tags: ["azure", "nsg", "network-exposure", "ssh", "rdp"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
    ],
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      const exposure = classifyExposure(rule.ranges);
      if (exposure?.kind !== "remote-admin") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens ${describePorts(exposure.ports)} to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        name: "SSH only from the office range; HTTPS from anywhere",
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  location            = "westeurope"
  resource_group_name = "rg-web"

  security_rule {
    name                       = "ssh-office"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "198.51.100.0/24"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "https"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
      },
      {
        name: "a Deny rule from anywhere",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "deny_rdp" {
  name                        = "deny-rdp"
  priority                    = 4000
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-web"
  network_security_group_name = "nsg-web"
}
`,
      },
    ],
    invalid: [
      {
        name: "inline rules for SSH and RDP",
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "jump" {
  name                = "nsg-jump"
  location            = "westeurope"
  resource_group_name = "rg-ops"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rdp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["3389"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
        errors: [
          { line: 14, column: 5, messageIncludes: "22 (SSH)" },
          { line: 26, column: 5, messageIncludes: "3389 (RDP)" },
        ],
      },
      {
        name: "separate rule with a port range",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "admin" {
  name                        = "admin"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "20-25"
  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"]
  destination_address_prefix  = "*"
  resource_group_name         = "rg-ops"
  network_security_group_name = "nsg-ops"
}
`,
        errors: [{ line: 9, column: 48 }],
      },
    ],
  },
});
