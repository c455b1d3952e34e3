import { asList, defineRule, isObject } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "azure-role-definition-wildcard-actions",
    title: "Custom role grants all actions (wildcard \"*\")",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_role_definition"],
    description:
      "A custom role with `actions = [\"*\"]` allows every management operation within its assignable scopes, including changing role assignments: it is an owner role under another name, and whoever holds it can grant themselves anything at that scope.",
    remediation: "List only the actions the role needs (for example `Microsoft.Compute/virtualMachines/read`), or assign a narrower built-in role.",
    precision: "very-high",
    cwe: ["CWE-269"],
    tags: ["azure", "rbac", "custom-role", "least-privilege", "iam-wildcard"],
    references: [
      "https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition",
    ],
  },
  check(role, { report }) {
    asList(role.attributes.permissions).forEach((permission, index) => {
      if (!isObject(permission) || !Array.isArray(permission.actions)) return;
      const wildcard = permission.actions.indexOf("*");
      if (wildcard < 0) return;
      report({ at: ["permissions", index, "actions", wildcard], message: `Custom role ${role.name} grants all actions ("*"): full administrator access at its assignable scopes` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_role_definition" "platform" {
  name  = "platform-team"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}
`,
        errors: [{ line: 6, column: 20 }],
      },
    ],
  },
});
