import { defineRule, isUnknown } from "@tollgate/engine";
import { openAuthorizedNetwork, sqlIpConfiguration } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-sql-authorized-network-open",
    title: "Cloud SQL instance open to the internet (authorized network 0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description:
      "An authorized network of `0.0.0.0/0` on an instance with a public IP lets any host on the internet connect to the database port. Only the database password then protects the data, against constant password spraying.",
    remediation:
      "Remove the `0.0.0.0/0` authorized network; connect through private IP (`private_network`, `ipv4_enabled = false`) or the Cloud SQL Auth Proxy, or list only specific client addresses.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.5"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/authorize-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks",
    ],
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (typeof ip === "string" || ip.config.ipv4_enabled === false || isUnknown(ip.config.ipv4_enabled)) return;
    const open = openAuthorizedNetwork(ip.config);
    if (open < 0) return;
    report({ at: [...ip.at, "authorized_networks", open, "value"], message: `Cloud SQL instance ${instance.name} is open to the internet: authorized network 0.0.0.0/0 on its public IP` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "billing" {
  name             = "billing-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/28"
      }
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "billing" {
  name             = "billing-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0"
      }
    }
  }
}
`,
        errors: [{ line: 13, column: 9 }],
      },
    ],
  },
});
