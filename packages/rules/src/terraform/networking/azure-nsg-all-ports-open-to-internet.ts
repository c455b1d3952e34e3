import { defineRule } from "@tollgate/engine";
import { NETWORK_SECURITY_TYPES, openInboundRules } from "../../support/azure.js";
import { classifyExposure } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "azure-nsg-all-ports-open-to-internet",
    title: "Network security group allows all ports from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description:
      "An inbound Allow rule opens every destination port (`*` or `0-65535`) to any source on the internet. Every service on the machines behind it, including management agents and databases never meant to be public, becomes reachable.",
    remediation: "Replace the rule with rules for the specific ports the service offers, and restrict their sources to the networks that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group",
    ],
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      if (classifyExposure(rule.ranges)?.kind !== "all-ports") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens all ports to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        name: "all ports, but only from the virtual network",
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "vnet" {
  name                        = "vnet-inbound"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "VirtualNetwork"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-app"
  network_security_group_name = "nsg-app"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = "westeurope"
  resource_group_name = "rg-app"

  security_rule {
    name                       = "any"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
        errors: [{ line: 14, column: 5 }],
      },
    ],
  },
});
