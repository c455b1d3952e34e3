#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  NETWORK_SECURITY_TYPES,
  POSTGRESQL_CONFIGURATION_TYPES,
  allowsTlsBelow12,
  blocksOf,
  classifyExposure,
  describePorts,
  isFalse,
  openInboundRules,
  parameterTurnedOff
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/encryption/azure-database-minimum-tls-version.ts
var TLS_ATTRIBUTE = {
  azurerm_mssql_server: "minimum_tls_version",
  azurerm_mysql_server: "ssl_minimal_tls_version_enforced",
  azurerm_postgresql_server: "ssl_minimal_tls_version_enforced",
  azurerm_mariadb_server: "ssl_minimal_tls_version_enforced"
};
var azure_database_minimum_tls_version_default = defineRule({
  meta: {
    id: "azure-database-minimum-tls-version",
    title: "Database server minimum TLS version below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: Object.keys(TLS_ATTRIBUTE),
    description: "The server accepts TLS 1.0 or 1.1 (or no minimum at all), protocol versions with known weaknesses that allow downgrade attacks on client connections.",
    remediation: 'Set `minimum_tls_version = "1.2"` on SQL servers and `ssl_minimal_tls_version_enforced = "TLS1_2"` on MySQL, PostgreSQL and MariaDB servers.',
    precision: "very-high",
    cwe: ["CWE-326"],
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version"
    ]
  },
  check(server, { report }) {
    const attribute = TLS_ATTRIBUTE[server.type];
    const version = server.attributes[attribute];
    if (!allowsTlsBelow12(version)) return;
    if (server.attributes.ssl_enforcement_enabled === false && /disabled/i.test(String(version))) return;
    report({ at: [attribute], message: `Database server ${server.name} accepts TLS versions below 1.2 (${attribute} = "${String(version)}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  location                      = "westeurope"
  resource_group_name           = "rg-crm"
  version                       = "12.0"
  minimum_tls_version           = "1.0"
  public_network_access_enabled = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "crm" {
  name                             = "psql-crm"
  location                         = "westeurope"
  resource_group_name              = "rg-crm"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1"
}
`,
        errors: [{ line: 8, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-database-ssl-enforcement-disabled.ts
var SERVERS = {
  azurerm_mysql_server: "MySQL server",
  azurerm_postgresql_server: "PostgreSQL server",
  azurerm_mariadb_server: "MariaDB server"
};
var SERVER_CONFIGURATIONS = {
  azurerm_mysql_flexible_server_configuration: "MySQL flexible server",
  azurerm_postgresql_flexible_server_configuration: "PostgreSQL flexible server"
};
var azure_database_ssl_enforcement_disabled_default = defineRule({
  meta: {
    id: "azure-database-ssl-enforcement-disabled",
    title: "Database server does not enforce SSL/TLS connections",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: [...Object.keys(SERVERS), ...Object.keys(SERVER_CONFIGURATIONS)],
    description: "The server accepts unencrypted client connections, so credentials and query results can cross the network in plain text and be read or altered in transit.",
    remediation: "Set `ssl_enforcement_enabled = true` on single servers; on flexible servers leave `require_secure_transport` at `ON`.",
    precision: "very-high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["4.3.1", "4.4.1"] },
    tags: ["azure", "database", "tls", "encryption-in-transit"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security",
      "https://learn.microsoft.com/azure/mysql/flexible-server/how-to-connect-tls-ssl",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_enforcement_enabled"
    ]
  },
  check(resource, { report }) {
    const attributes = resource.attributes;
    if (resource.type in SERVERS) {
      if (attributes.ssl_enforcement_enabled === false) {
        report({ at: ["ssl_enforcement_enabled"], message: `${SERVERS[resource.type]} ${resource.name} does not enforce SSL: unencrypted connections are accepted (ssl_enforcement_enabled = false)` });
      }
      return;
    }
    if (typeof attributes.name !== "string" || attributes.name.toLowerCase() !== "require_secure_transport") return;
    if (typeof attributes.value === "string" && attributes.value.toLowerCase() === "off") {
      report({ at: ["value"], message: `${SERVER_CONFIGURATIONS[resource.type]} configuration ${resource.name} turns off require_secure_transport: unencrypted (non-TLS) connections are accepted` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "ledger" {
  name                             = "psql-ledger"
  location                         = "westeurope"
  resource_group_name              = "rg-ledger"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "ledger" {
  name                    = "mysql-ledger"
  location                = "westeurope"
  resource_group_name     = "rg-ledger"
  sku_name                = "GP_Gen5_2"
  version                 = "8.0"
  ssl_enforcement_enabled = false
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "flexible server parameter",
        filename: "main.tf",
        code: `resource "azurerm_mysql_flexible_server_configuration" "transport" {
  name                = "require_secure_transport"
  resource_group_name = "rg-ledger"
  server_name         = azurerm_mysql_flexible_server.ledger.name
  value               = "OFF"
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-database-public-network-access.ts
var SERVERS2 = {
  azurerm_mssql_server: { service: "SQL server", publicByDefault: true },
  azurerm_mysql_server: { service: "MySQL server", publicByDefault: true },
  azurerm_postgresql_server: { service: "PostgreSQL server", publicByDefault: true },
  azurerm_mariadb_server: { service: "MariaDB server", publicByDefault: true },
  // Flexible servers derive it from their networking mode; only an explicit true is certain.
  azurerm_mysql_flexible_server: { service: "MySQL flexible server", publicByDefault: false },
  azurerm_postgresql_flexible_server: { service: "PostgreSQL flexible server", publicByDefault: false }
};
var azure_database_public_network_access_default = defineRule({
  meta: {
    id: "azure-database-public-network-access",
    title: "Database server has public network access enabled",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: Object.keys(SERVERS2),
    description: "The server has a public endpoint reachable from the internet, and only its firewall rules and credentials stand between it and attackers. Single servers (SQL, MySQL, PostgreSQL, MariaDB) are publicly accessible unless `public_network_access_enabled = false` is set.",
    remediation: "Set `public_network_access_enabled = false` and connect through a private endpoint or VNet integration; if a public endpoint is unavoidable, keep the firewall rules to known addresses.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "database", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#public_network_access_enabled",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#public_network_access_enabled"
    ]
  },
  check(server, { report }) {
    const { service, publicByDefault } = SERVERS2[server.type];
    const enabled = server.attributes.public_network_access_enabled;
    if (enabled === true) {
      report({ at: ["public_network_access_enabled"], message: `${service} ${server.name} is publicly accessible: public network access is enabled` });
    } else if (enabled === void 0 && publicByDefault) {
      report({ message: `${service} ${server.name} is publicly accessible: public_network_access_enabled is not set and defaults to true` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_server" "orders" {
  name                          = "psql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mysql_server" "orders" {
  name                          = "mysql-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-orders"
  sku_name                      = "GP_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true
}
`,
        errors: [{ line: 8, column: 3 }]
      },
      {
        name: "not set on a single server",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "orders" {
  name                = "sql-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  version             = "12.0"
  minimum_tls_version = "1.2"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "defaults to true" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-nsg-all-ports-open-to-internet.ts
var azure_nsg_all_ports_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-all-ports-open-to-internet",
    title: "Network security group allows all ports from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule opens every destination port (`*` or `0-65535`) to any source on the internet. Every service on the machines behind it, including management agents and databases never meant to be public, becomes reachable.",
    remediation: "Replace the rule with rules for the specific ports the service offers, and restrict their sources to the networks that need them.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group"
    ]
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
`
      }
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
        errors: [{ line: 14, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-nsg-sensitive-port-open-to-internet.ts
var azure_nsg_sensitive_port_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-sensitive-port-open-to-internet",
    title: "Network security group opens a database or administration port to the internet",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule lets any internet source reach a port used by a database, a cache, a cluster service or a remote administration protocol other than SSH and RDP (SQL Server, PostgreSQL, MySQL, Redis, WinRM, SMB, the Kubernetes API…). These services are rarely meant to be public and are among the first things attackers probe.",
    remediation: "Restrict the rule's source to the application subnets or known networks, and reach data services through private endpoints or VNet integration.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "nsg", "network-exposure"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
    ]
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
`
      }
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
        errors: [{ line: 9, column: 3, messageIncludes: "5432 (PostgreSQL)" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-nsg-ssh-rdp-open-to-internet.ts
var azure_nsg_ssh_rdp_open_to_internet_default = defineRule({
  meta: {
    id: "azure-nsg-ssh-rdp-open-to-internet",
    title: "Network security group allows SSH or RDP from the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: NETWORK_SECURITY_TYPES,
    description: "An inbound Allow rule lets any source (`*`, `Internet`, `0.0.0.0/0`) reach port 22 (SSH) or 3389 (RDP). Both are scanned and brute-forced continuously; one weak password or unpatched service gives an attacker a shell on the machine.",
    remediation: "Restrict `source_address_prefix` to known administration networks, or remove the rule and connect through Azure Bastion, a VPN or just-in-time VM access.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Microsoft Azure Foundations 2.0": ["6.1", "6.2"] },
    tags: ["azure", "nsg", "network-exposure", "ssh", "rdp"],
    references: [
      "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
    ]
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
`
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
`
      }
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
          { line: 26, column: 5, messageIncludes: "3389 (RDP)" }
        ]
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
        errors: [{ line: 9, column: 48 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-postgresql-connection-throttling-disabled.ts
var azure_postgresql_connection_throttling_disabled_default = defineRule({
  meta: {
    id: "azure-postgresql-connection-throttling-disabled",
    title: "PostgreSQL connection throttling turned off",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description: "Connection throttling makes Azure Database for PostgreSQL slow down clients after repeated failed logins from the same address. It is a network-facing defence: turned off, password guessing and connection floods against the server endpoint run at full speed.",
    remediation: 'Remove the configuration resource or set its `value = "on"` (`connection_throttling` on single server, `connection_throttle.enable` on flexible server).',
    precision: "very-high",
    cwe: ["CWE-307"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.5"] },
    tags: ["azure", "postgresql", "database", "brute-force", "throttling"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-parameters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"
    ]
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, ["connection_throttling", "connection_throttle.enable"]);
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL connection throttling (${parameter}) is turned off by ${configuration.name}: repeated failed logins are not slowed down` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "throttling" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-network-watcher-flow-log-disabled.ts
var azure_network_watcher_flow_log_disabled_default = defineRule({
  meta: {
    id: "azure-network-watcher-flow-log-disabled",
    title: "Network Watcher flow log explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_network_watcher_flow_log"],
    description: "A flow log records which addresses talked to which ports through a network security group or virtual network. Turned off, there is no trace of lateral movement, scanning or data leaving the network to investigate after an incident.",
    remediation: "Set `enabled = true` on the flow log, keep a `retention_policy` long enough for investigations, and consider traffic analytics.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "network-watcher", "flow-logs", "logging"],
    references: [
      "https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#enabled"
    ]
  },
  check(flowLog, { report }) {
    if (isFalse(flowLog.attributes.enabled)) {
      report({ at: ["enabled"], message: `Network Watcher flow log ${flowLog.name} is disabled: network flow logs are not recorded` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "fl-app"
  network_watcher_name = "nw-westeurope"
  resource_group_name  = "rg-network"
  target_resource_id   = azurerm_network_security_group.app.id
  storage_account_id   = azurerm_storage_account.flowlogs.id
  enabled              = false
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "flow logs" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-postgresql-logging-parameter-off.ts
var LOGGING_PARAMETERS = {
  log_checkpoints: "checkpoints are not logged, so query and error logs lose the context of heavy I/O",
  log_connections: "connection attempts are not logged, so brute-force and unexpected clients leave no trace",
  log_disconnections: "session ends are not logged, so session lengths and abnormal disconnects cannot be reconstructed"
};
var azure_postgresql_logging_parameter_off_default = defineRule({
  meta: {
    id: "azure-postgresql-logging-parameter-off",
    title: "PostgreSQL server parameter turns off connection or checkpoint logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: POSTGRESQL_CONFIGURATION_TYPES,
    description: "The server logs are where an Azure Database for PostgreSQL records who connected, from where, and for how long. Setting `log_connections`, `log_disconnections` or `log_checkpoints` to off removes that evidence for investigations and for alerting on password guessing.",
    remediation: 'Remove the configuration resource or set its `value = "on"`, and send the server logs to Log Analytics with a diagnostic setting.',
    precision: "very-high",
    cwe: ["CWE-778"],
    frameworks: { "CIS Azure 1.3.0": ["4.3.2", "4.3.3", "4.3.4"] },
    tags: ["azure", "postgresql", "database", "logging"],
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration"
    ]
  },
  check(configuration, { report }) {
    const parameter = parameterTurnedOff(configuration, Object.keys(LOGGING_PARAMETERS));
    if (!parameter) return;
    report({ at: ["value"], message: `PostgreSQL parameter ${parameter} is turned off by ${configuration.name}: ${LOGGING_PARAMETERS[parameter]}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_connections" {
  name                = "log_connections"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "on"
}

resource "azurerm_postgresql_configuration" "work_mem" {
  name                = "work_mem"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "0"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_postgresql_configuration" "log_checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg-crm"
  server_name         = azurerm_postgresql_server.crm.name
  value               = "off"
}

resource "azurerm_postgresql_flexible_server_configuration" "log_disconnections" {
  name      = "log_disconnections"
  server_id = azurerm_postgresql_flexible_server.crm.id
  value     = "OFF"
}
`,
        errors: [
          { line: 5, column: 3, messageIncludes: "log_checkpoints" },
          { line: 11, column: 3, messageIncludes: "log_disconnections" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-sql-threat-detection-alerts-disabled.ts
var ALERT_POLICY_TYPES = /* @__PURE__ */ new Set(["azurerm_mssql_server_security_alert_policy", "azurerm_mssql_managed_instance_security_alert_policy"]);
var azure_sql_threat_detection_alerts_disabled_default = defineRule({
  meta: {
    id: "azure-sql-threat-detection-alerts-disabled",
    title: "Azure SQL threat detection disabled or some of its alerts turned off",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: [
      "azurerm_mssql_server_security_alert_policy",
      "azurerm_mssql_managed_instance_security_alert_policy",
      "azurerm_mssql_database",
      "azurerm_sql_database",
      "azurerm_sql_server"
    ],
    description: "Advanced Threat Protection for Azure SQL raises alerts on SQL injection, brute-force logins, access from unusual places and data exfiltration. A disabled policy, or a `disabled_alerts` list, silences exactly the signals that show a database being attacked.",
    remediation: 'Set `state = "Enabled"` (or `enabled = true` for managed instances) and leave `disabled_alerts` empty, with `email_addresses` or `email_account_admins` set so someone receives the alerts.',
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "sql", "threat-detection", "defender", "alerts"],
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_security_alert_policy",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#threat_detection_policy"
    ]
  },
  check(resource, { report }) {
    if (ALERT_POLICY_TYPES.has(resource.type)) {
      const finding = policyFinding(resource.attributes, [], `SQL security alert policy ${resource.name}`);
      if (finding) report(finding);
      return;
    }
    for (const { block, at } of blocksOf(resource.attributes, "threat_detection_policy") ?? []) {
      const finding = policyFinding(block, at, `the threat detection policy of ${resource.name}`);
      if (finding) report(finding);
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name  = "rg-billing"
  server_name          = azurerm_mssql_server.billing.name
  state                = "Enabled"
  email_addresses      = ["dba-oncall@example.com"]
  email_account_admins = true
  disabled_alerts      = []
}
`
      }
    ],
    invalid: [
      {
        name: "alerts turned off",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Enabled"
  disabled_alerts     = ["Sql_Injection", "Data_Exfiltration"]
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "Sql_Injection, Data_Exfiltration" }]
      },
      {
        name: "policy disabled",
        filename: "main.tf",
        code: `resource "azurerm_mssql_server_security_alert_policy" "billing" {
  resource_group_name = "rg-billing"
  server_name         = azurerm_mssql_server.billing.name
  state               = "Disabled"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "threat detection" }]
      },
      {
        name: "database block on an older provider",
        filename: "main.tf",
        code: `resource "azurerm_sql_database" "reports" {
  name                = "reports"
  resource_group_name = "rg-reports"
  location            = "westeurope"
  server_name         = azurerm_sql_server.reports.name

  threat_detection_policy {
    state = "Disabled"
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});
function policyFinding(policy, base, label) {
  const switchedOff = isDisabledState(policy.state) ? "state" : isFalse(policy.enabled) ? "enabled" : void 0;
  if (switchedOff) {
    return { at: [...base, switchedOff], message: `SQL threat detection is disabled by ${label}: no alerts on injection, brute force or exfiltration` };
  }
  const disabled = policy.disabled_alerts;
  if (Array.isArray(disabled)) {
    const names = disabled.filter((name) => typeof name === "string" && name.trim() !== "");
    if (names.length > 0) {
      return { at: [...base, "disabled_alerts"], message: `SQL threat detection alerts are turned off by ${label}: ${names.join(", ")}` };
    }
  }
  return void 0;
}
function isDisabledState(value) {
  return typeof value === "string" && value.toLowerCase() === "disabled";
}

// packages/rules/src/groups/terraform-azurerm-mssql.ts
var rules = [
  azure_database_minimum_tls_version_default,
  azure_database_ssl_enforcement_disabled_default,
  azure_database_public_network_access_default,
  azure_nsg_all_ports_open_to_internet_default,
  azure_nsg_sensitive_port_open_to_internet_default,
  azure_nsg_ssh_rdp_open_to_internet_default,
  azure_postgresql_connection_throttling_disabled_default,
  azure_network_watcher_flow_log_disabled_default,
  azure_postgresql_logging_parameter_off_default,
  azure_sql_threat_detection_alerts_disabled_default
];
export {
  rules
};
