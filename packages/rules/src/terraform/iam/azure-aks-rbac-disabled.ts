import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-aks-rbac-disabled",
    title: "AKS cluster with Kubernetes RBAC disabled",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description:
      "Without Kubernetes role-based access control every authenticated user and service account is authorised for everything in the cluster: any compromised pod token can read all secrets and take over the nodes. RBAC cannot be turned on later without recreating the cluster.",
    remediation: "Set `role_based_access_control_enabled = true` (the default) and grant access through Roles and RoleBindings, ideally with Azure AD integration (`azure_active_directory_role_based_access_control`).",
    precision: "very-high",
    cwe: ["CWE-862"],
    tags: ["azure", "aks", "kubernetes", "rbac", "authorization"],
    references: [
      "https://learn.microsoft.com/azure/aks/concepts-identity",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#role_based_access_control_enabled",
    ],
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
`,
      },
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
        errors: [{ line: 6, column: 3 }],
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
        errors: [{ line: 8, column: 5 }],
      },
    ],
  },
});
