import { defineRule } from "@tollgate/engine";

const PUBLIC_LEVELS: Record<string, string> = {
  blob: "anyone can read its blobs by URL",
  container: "anyone can list and read its blobs",
};

export default defineRule({
  meta: {
    id: "azure-storage-container-public-access",
    title: "Storage container is publicly accessible (anonymous read)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_storage_container"],
    description:
      "`container_access_type = \"blob\"` or `\"container\"` grants anonymous public read access: whatever is uploaded to the container can be downloaded by anyone on the internet, and with `container` the blob names can be listed as well.",
    remediation:
      "Set `container_access_type = \"private\"` and hand out access through short-lived SAS tokens or Azure AD roles; serve public web content through a CDN or a static website deliberately set up for it.",
    precision: "high",
    cwe: ["CWE-284", "CWE-200"],
    tags: ["azure", "storage", "public-access"],
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_container#container_access_type",
    ],
  },
  check(container, { graph, report }) {
    const level = container.attributes.container_access_type;
    if (typeof level !== "string" || !(level in PUBLIC_LEVELS)) return;
    // The account setting overrides the container's: a locked-down account serves nothing anonymously.
    const accountForbids = graph
      .targets(container.id, "references")
      .some(
        (account) =>
          account.type === "azurerm_storage_account" &&
          (account.attributes.allow_nested_items_to_be_public === false || account.attributes.allow_blob_public_access === false),
      );
    if (accountForbids) return;
    report({ at: ["container_access_type"], message: `Storage container ${container.name} is publicly accessible: ${PUBLIC_LEVELS[level]} (container_access_type = "${level}")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "private"
}
`,
      },
      {
        name: "the account forbids anonymous access",
        filename: "main.tf",
        code: `resource "azurerm_storage_account" "billing" {
  name                            = "contosobilling"
  resource_group_name             = "rg-billing"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "blob"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_name  = azurerm_storage_account.billing.name
  container_access_type = "container"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "list" }],
      },
    ],
  },
});
