import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-aks-network-policy-missing",
    title: "AKS cluster without a network policy engine",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_kubernetes_cluster"],
    description:
      "No `network_profile.network_policy` is set, so Kubernetes NetworkPolicy objects are not enforced and every pod can reach every other pod. One compromised workload can then talk to databases and internal services across namespaces. The network policy engine can only be chosen when the cluster is created.",
    remediation: "Set `network_profile { network_plugin = \"azure\", network_policy = \"azure\" }` (or `calico` or `cilium`) and add NetworkPolicies that deny by default.",
    precision: "high",
    cwe: ["CWE-923"],
    tags: ["azure", "aks", "kubernetes", "network-policy"],
    references: [
      "https://learn.microsoft.com/azure/aks/use-network-policies",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#network_policy",
    ],
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
    if (isObject(profile) && (profile.network_policy === undefined || profile.network_policy === null || profile.network_policy === "")) report({ at: ["network_profile", 0], message });
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
`,
      },
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
        errors: [{ line: 7, column: 3 }],
      },
    ],
  },
});
