import { defineRule } from "@tollgate/engine";
import { NETWORK_SECURITY_TYPES, openInboundRules } from "../../support/azure.js";
import { classifyExposure, describePorts } from "../../support/open-ports.js";

export default defineRule({
  meta: {
    id: "azure-nsg-sensitive-port-open-to-internet",
    title: "Network security group opens a database or administration port to the internet",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description:
      "An inbound Allow rule lets any internet source reach a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (SQL Server, PostgreSQL, MySQL, Redis, WinRM, SMB, the Kubernetes API…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict the rule's source to the application subnets or known networks, and reach data services through private endpoints or VNet integration.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
    ],
  },
  check(group, { report }) {
    for (const rule of openInboundRules(group)) {
      const exposure = classifyExposure(rule.ranges);
      if (exposure?.kind !== "sensitive") continue;
      report({ at: rule.at, message: `${group.name}: inbound rule ${rule.label} opens ${describePorts(exposure.ports)} to the internet (source ${rule.source})` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "sql" {
  name                        = "sql-from-app"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "10.20.1.0/24"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-data"
  network_security_group_name = "nsg-data"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_security_rule" "postgres" {
  name                        = "postgres"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5432"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-data"
  network_security_group_name = "nsg-data"
}
`,
        errors: [{ line: 9, column: 3, messageIncludes: "5432 (PostgreSQL)" }],
      },
    ],
  },
});
