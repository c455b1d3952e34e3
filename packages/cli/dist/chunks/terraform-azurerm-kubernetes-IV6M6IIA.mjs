#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  isFalse,
  isInternetCidr,
  isLiteralSecret
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/azure-aks-dashboard-enabled.ts
var azure_aks_dashboard_enabled_default = defineRule({
  meta: {
    id: "azure-aks-dashboard-enabled",
    title: "AKS Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The Kubernetes dashboard runs inside the cluster with a service account that often holds broad rights; an exposed or proxied dashboard has been a common way into clusters. The add-on is deprecated on AKS.",
    remediation: "Remove the `kube_dashboard` add-on (or set `enabled = false`) and use the Azure portal's Kubernetes resource view or `kubectl` with Azure AD credentials.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["azure", "aks", "kubernetes", "dashboard"],
    references: [
      "https://learn.microsoft.com/azure/aks/kubernetes-portal",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#kube_dashboard"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addon_profile).forEach((profile, profileIndex) => {
      if (!isObject(profile)) return;
      asList(profile.kube_dashboard).forEach((dashboard, index) => {
        if (isObject(dashboard) && dashboard.enabled === true) {
          report({ at: ["addon_profile", profileIndex, "kube_dashboard", index, "enabled"], message: `AKS cluster ${cluster.name} has the Kubernetes dashboard add-on enabled` });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "intranet" {
  name                = "aks-intranet"
  location            = "westeurope"
  resource_group_name = "rg-intranet"
  dns_prefix          = "intranet"

  addon_profile {
    kube_dashboard {
      enabled = false
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "intranet" {
  name                = "aks-intranet"
  location            = "westeurope"
  resource_group_name = "rg-intranet"
  dns_prefix          = "intranet"

  addon_profile {
    kube_dashboard {
      enabled = true
    }
  }
}
`,
        errors: [{ line: 9, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-aks-rbac-disabled.ts
var azure_aks_rbac_disabled_default = defineRule({
  meta: {
    id: "azure-aks-rbac-disabled",
    title: "AKS cluster with Kubernetes RBAC disabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "Without Kubernetes role-based access control every authenticated user and service account is authorised for everything in the cluster: any compromised pod token can read all secrets and take over the nodes. RBAC cannot be turned on later without recreating the cluster.",
    remediation: "Set `role_based_access_control_enabled = true` (the default) and grant access through Roles and RoleBindings, ideally with Azure AD integration (`azure_active_directory_role_based_access_control`).",
    precision: "very-high",
    cwe: ["CWE-862"],
    tags: ["azure", "aks", "kubernetes", "rbac", "authorization"],
    references: [
      "https://learn.microsoft.com/azure/aks/concepts-identity",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled"
    ]
  },
  check(cluster, { report }) {
    const message = `AKS cluster ${cluster.name} has Kubernetes RBAC disabled: every authenticated identity is authorised for everything`;
    if (cluster.attributes.role_based_access_control_enabled === false) report({ at: ["role_based_access_control_enabled"], message });
    asList(cluster.attributes.role_based_access_control).forEach((block, index) => {
      if (isObject(block) && block.enabled === false) report({ at: ["role_based_access_control", index, "enabled"], message });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                              = "aks-shop"
  location                          = "westeurope"
  resource_group_name               = "rg-shop"
  dns_prefix                        = "shop"
  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                              = "aks-shop"
  location                          = "westeurope"
  resource_group_name               = "rg-shop"
  dns_prefix                        = "shop"
  role_based_access_control_enabled = false
}
`,
        errors: [{ line: 6, column: 3 }]
      },
      {
        name: "azurerm 2.x block",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "shop" {
  name                = "aks-shop"
  location            = "westeurope"
  resource_group_name = "rg-shop"
  dns_prefix          = "shop"

  role_based_access_control {
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-hardcoded-admin-password.ts
var PASSWORD_PATHS = {
  azurerm_linux_virtual_machine: [["admin_password"]],
  azurerm_windows_virtual_machine: [["admin_password"]],
  azurerm_linux_virtual_machine_scale_set: [["admin_password"]],
  azurerm_windows_virtual_machine_scale_set: [["admin_password"]],
  azurerm_virtual_machine: [["os_profile", 0, "admin_password"]],
  azurerm_sql_server: [["administrator_login_password"]],
  azurerm_mssql_server: [["administrator_login_password"]],
  azurerm_mssql_managed_instance: [["administrator_login_password"]],
  azurerm_mysql_server: [["administrator_login_password"]],
  azurerm_mysql_flexible_server: [["administrator_password"]],
  azurerm_postgresql_server: [["administrator_login_password"]],
  azurerm_postgresql_flexible_server: [["administrator_password"]],
  azurerm_mariadb_server: [["administrator_login_password"]],
  azurerm_synapse_workspace: [["sql_administrator_login_password"]]
};
var azure_hardcoded_admin_password_default = defineRule({
  meta: {
    id: "azure-hardcoded-admin-password",
    title: "Hardcoded administrator password in a VM or database server",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_PATHS),
    description: "The administrator password is written into the configuration as a literal. It is then readable by everyone with access to the repository, its history, forks and CI logs, and it stays valid long after it leaks.",
    remediation: "Generate the password (`random_password`) or read it from Key Vault (`azurerm_key_vault_secret` data source) or a sensitive variable, and rotate the password that was committed.",
    precision: "very-high",
    cwe: ["CWE-798"],
    tags: ["azure", "secrets", "hardcoded-secret", "password"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets",
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output"
    ]
  },
  check(resource, { report }) {
    for (const path of PASSWORD_PATHS[resource.type]) {
      if (!isLiteralSecret(getPath(resource.attributes, path))) continue;
      const attribute = String(path[path.length - 1]);
      report({ at: path, message: `${resource.name} has a hardcoded administrator password in ${attribute}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "random_password" "sql_admin" {
  length  = 32
  special = true
}

resource "azurerm_mssql_server" "sales" {
  name                         = "sql-sales"
  resource_group_name          = "rg-sales"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = random_password.sql_admin.result
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_mssql_server" "sales" {
  name                         = "sql-sales"
  resource_group_name          = "rg-sales"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "Winter2024!"
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "Windows VM",
        filename: "main.tf",
        code: `resource "azurerm_windows_virtual_machine" "jump" {
  name                  = "vm-jump"
  resource_group_name   = "rg-ops"
  location              = "westeurope"
  size                  = "Standard_B2ms"
  admin_username        = "opsadmin"
  admin_password        = "P@ssw0rd1234"
  network_interface_ids = [azurerm_network_interface.jump.id]
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: "admin_password" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/azure-linux-vm-password-authentication.ts
var azure_linux_vm_password_authentication_default = defineRule({
  meta: {
    id: "azure-linux-vm-password-authentication",
    title: "Linux VM allows SSH password authentication",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine"],
    description: "`disable_password_authentication = false` lets users log in over SSH with a password instead of a key. Passwords can be guessed, sprayed and reused; SSH keys cannot be brute-forced in practice.",
    remediation: "Set `disable_password_authentication = true` (the default for `azurerm_linux_virtual_machine`) and provide an `admin_ssh_key`.",
    precision: "very-high",
    cwe: ["CWE-287"],
    tags: ["azure", "vm", "ssh", "authentication", "password"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#disable_password_authentication"
    ]
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
`
      }
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
        errors: [{ line: 8, column: 3 }]
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
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/azure-managed-disk-encryption-disabled.ts
var azure_managed_disk_encryption_disabled_default = defineRule({
  meta: {
    id: "azure-managed-disk-encryption-disabled",
    title: "Managed disk with Azure Disk Encryption explicitly disabled",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_managed_disk"],
    description: "The disk's `encryption_settings` block turns Azure Disk Encryption off. The platform still encrypts the disk at rest with a Microsoft-managed key, but nothing encrypts it with keys you hold, so anyone able to export or snapshot the disk can read its contents.",
    remediation: "Remove the disabled `encryption_settings` block and encrypt the disk with a customer-managed key through `disk_encryption_set_id`, or configure `encryption_settings` with a Key Vault key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["azure", "managed-disk", "encryption-at-rest"],
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#encryption_settings"
    ]
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
`
      }
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
        errors: [{ line: 10, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-aks-api-server-public.ts
function rangesOf(value) {
  if (isUnknown(value)) return "unknown";
  return Array.isArray(value) ? value : [];
}
var azure_aks_api_server_public_default = defineRule({
  meta: {
    id: "azure-aks-api-server-public",
    title: "AKS API server publicly accessible (not a private cluster, no authorized IP ranges)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The cluster is not private and does not restrict its API server to authorized IP ranges, so the Kubernetes control plane answers anyone on the internet. Leaked kubeconfigs and credential or API server vulnerabilities are then exploitable from anywhere.",
    remediation: "Make it a private cluster (`private_cluster_enabled = true`), or list the networks allowed to reach the API server in `api_server_access_profile { authorized_ip_ranges = [...] }`.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["azure", "aks", "kubernetes", "network-exposure", "private-cluster"],
    references: [
      "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
      "https://learn.microsoft.com/azure/aks/private-clusters",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#api_server_access_profile"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const isPrivate = attributes.private_cluster_enabled;
    if (isPrivate === true || isUnknown(isPrivate) || isUnknown(attributes.api_server_access_profile)) return;
    const legacy = rangesOf(attributes.api_server_authorized_ip_ranges);
    if (legacy === "unknown") return;
    const sources = [{ base: ["api_server_authorized_ip_ranges"], ranges: legacy }];
    for (const [index, profile] of asList(attributes.api_server_access_profile).entries()) {
      if (!isObject(profile)) return;
      const ranges = rangesOf(getPath(profile, ["authorized_ip_ranges"]));
      if (ranges === "unknown") return;
      sources.push({ base: ["api_server_access_profile", index, "authorized_ip_ranges"], ranges });
    }
    for (const { base, ranges } of sources) {
      const open = ranges.findIndex((range) => isInternetCidr(range));
      if (open >= 0) {
        report({ at: [...base, open], message: `AKS cluster ${cluster.name} authorizes the whole internet (${String(ranges[open])}) to reach its public API server` });
        return;
      }
    }
    if (sources.some(({ ranges }) => ranges.length > 0)) return;
    const at = isPrivate === false ? ["private_cluster_enabled"] : void 0;
    report({ at, message: `AKS cluster ${cluster.name} API server is publicly accessible: not a private cluster and no authorized IP ranges` });
  },
  examples: {
    valid: [
      {
        name: "authorized IP ranges",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  api_server_access_profile {
    authorized_ip_ranges = ["198.51.100.0/24"]
  }
}
`
      },
      {
        name: "private cluster",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                = "aks-analytics"
  location            = "westeurope"
  resource_group_name = "rg-analytics"
  dns_prefix          = "analytics"

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 3
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "authorized range is the internet",
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "analytics" {
  name                    = "aks-analytics"
  location                = "westeurope"
  resource_group_name     = "rg-analytics"
  dns_prefix              = "analytics"
  private_cluster_enabled = false

  api_server_access_profile {
    authorized_ip_ranges = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 9, column: 29 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/azure-aks-network-policy-missing.ts
var azure_aks_network_policy_missing_default = defineRule({
  meta: {
    id: "azure-aks-network-policy-missing",
    title: "AKS cluster without a network policy engine",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "No `network_profile.network_policy` is set, so Kubernetes NetworkPolicy objects are not enforced and every pod can reach every other pod. One compromised workload can then talk to databases and internal services across namespaces. The network policy engine can only be chosen when the cluster is created.",
    remediation: 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or `calico` or `cilium`) and add NetworkPolicies that deny by default.',
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["azure", "aks", "kubernetes", "network-policy"],
    references: [
      "https://learn.microsoft.com/azure/aks/use-network-policies",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy"
    ]
  },
  check(cluster, { report }) {
    const profiles = cluster.attributes.network_profile;
    if (isUnknown(profiles)) return;
    const list = asList(profiles);
    const message = `AKS cluster ${cluster.name} has no network policy: pod-to-pod traffic is not restricted`;
    if (list.length === 0) {
      report({ message });
      return;
    }
    const profile = list[0];
    if (isObject(profile) && (profile.network_policy === void 0 || profile.network_policy === null || profile.network_policy === "")) report({ at: ["network_profile", 0], message });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "payments" {
  name                = "aks-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  dns_prefix          = "payments"

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "payments" {
  name                = "aks-payments"
  location            = "westeurope"
  resource_group_name = "rg-payments"
  dns_prefix          = "payments"

  network_profile {
    network_plugin = "kubenet"
  }
}
`,
        errors: [{ line: 7, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/azure-aks-monitoring-disabled.ts
var azure_aks_monitoring_disabled_default = defineRule({
  meta: {
    id: "azure-aks-monitoring-disabled",
    title: "AKS monitoring add-on (Container Insights) explicitly disabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description: "The `oms_agent` add-on sends container logs, node and pod metrics to Log Analytics. With it switched off, a crashed, compromised or resource-starved workload leaves no record outside the cluster, and alerts built on Container Insights never fire.",
    remediation: "Enable the add-on: `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id }` (provider 3.x and later) or `addon_profile { oms_agent { enabled = true, log_analytics_workspace_id = … } }` (provider 2.x).",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "aks", "kubernetes", "monitoring", "logging"],
    references: [
      "https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#oms_agent"
    ]
  },
  check(cluster, { report }) {
    asList(cluster.attributes.addon_profile).forEach((profile, profileIndex) => {
      if (!isObject(profile)) return;
      asList(profile.oms_agent).forEach((agent, index) => {
        if (isObject(agent) && isFalse(agent.enabled)) {
          report({
            at: ["addon_profile", profileIndex, "oms_agent", index, "enabled"],
            message: `AKS cluster ${cluster.name} has the monitoring add-on (oms_agent) disabled: container logs and metrics are not collected`
          });
        }
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "orders" {
  name                = "aks-orders"
  location            = "westeurope"
  resource_group_name = "rg-orders"
  dns_prefix          = "orders"

  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
}

resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled                    = true
      log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_kubernetes_cluster" "legacy" {
  name                = "aks-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  dns_prefix          = "legacy"

  addon_profile {
    oms_agent {
      enabled = false
    }
  }
}
`,
        errors: [{ line: 9, column: 7, messageIncludes: "monitoring" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-azurerm-kubernetes.ts
var rules = [
  azure_aks_dashboard_enabled_default,
  azure_aks_rbac_disabled_default,
  azure_hardcoded_admin_password_default,
  azure_linux_vm_password_authentication_default,
  azure_managed_disk_encryption_disabled_default,
  azure_aks_api_server_public_default,
  azure_aks_network_policy_missing_default,
  azure_aks_monitoring_disabled_default
];
export {
  rules
};
