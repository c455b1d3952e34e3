import { defineRule, getPath, type AttributePath } from "@tollgate/engine";
import { isLiteralSecret } from "../../support/azure.js";

/** Where each resource type takes its administrator password. */
const PASSWORD_PATHS: Record<string, readonly AttributePath[]> = {
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
  azurerm_synapse_workspace: [["sql_administrator_login_password"]],
};

export default defineRule({
  meta: {
    id: "azure-hardcoded-admin-password",
    title: "Hardcoded administrator password in a VM or database server",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_PATHS),
    description:
      "The administrator password is written into the configuration as a literal. It is then readable by everyone with access to the repository, its history, forks and CI logs, and it stays valid long after it leaks.",
    remediation:
      "Generate the password (`random_password`) or read it from Key Vault (`azurerm_key_vault_secret` data source) or a sensitive variable, and rotate the password that was committed.",
    precision: "very-high",
    cwe: ["CWE-798"],
    tags: ["azure", "secrets", "hardcoded-secret", "password"],
    references: [
      "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets",
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    ],
  },
  check(resource, { report }) {
    for (const path of PASSWORD_PATHS[resource.type]!) {
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
`,
      },
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
        errors: [{ line: 7, column: 3 }],
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
        errors: [{ line: 7, column: 3, messageIncludes: "admin_password" }],
      },
    ],
  },
});
