import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-aks-dashboard-enabled",
    title: "AKS Kubernetes dashboard add-on enabled",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description:
      "The Kubernetes dashboard runs inside the cluster with a service account that often holds broad rights; an exposed or proxied dashboard has been a common way into clusters. The add-on is deprecated on AKS.",
    remediation: "Remove the `kube_dashboard` add-on (or set `enabled = false`) and use the Azure portal's Kubernetes resource view or `kubectl` with Azure AD credentials.",
    precision: "very-high",
    cwe: ["CWE-1188"],
    tags: ["azure", "aks", "kubernetes", "dashboard"],
    references: [
      "https://learn.microsoft.com/azure/aks/kubernetes-portal",
      "https://registry.terraform.io/providers/hashicorp/azurerm/2.99.0/docs/resources/kubernetes_cluster#kube_dashboard",
    ],
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
`,
      },
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
        errors: [{ line: 9, column: 7 }],
      },
    ],
  },
});
