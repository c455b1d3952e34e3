import { defineRule, isUnknown } from "@tollgate/engine";
import { openAuthorizedNetwork, sqlIpConfiguration } from "../../support/gcp.js";

export default defineRule({
  meta: {
    id: "gcp-sql-public-ip",
    title: "Cloud SQL instance has a public IP address",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description:
      "`ipv4_enabled` is true, or not set (it defaults to true), so the instance gets a public IP address. Authorized networks and the Auth Proxy still gate connections, but the database is one misconfigured authorized network away from the internet. (An instance already open to `0.0.0.0/0` is reported by the authorized-network rule instead.)",
    remediation: "Set `ipv4_enabled = false` with `private_network` pointing at your VPC, and connect over private IP or Private Service Connect.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.6"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/configure-private-ip",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled",
    ],
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      // Replicas inherit the primary's networking; report the primary only.
      if (instance.attributes.master_instance_name !== undefined) return;
      report({ at: ["settings", 0], message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled defaults to true)` });
      return;
    }
    const enabled = ip.config.ipv4_enabled;
    if (enabled === false || isUnknown(enabled) || openAuthorizedNetwork(ip.config) >= 0) return;
    if (enabled === true) report({ at: [...ip.at, "ipv4_enabled"], message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled = true)` });
    else report({ at: ip.at, message: `Cloud SQL instance ${instance.name} has a public IP address (ipv4_enabled defaults to true)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}
`,
        errors: [{ line: 9, column: 7 }],
      },
      {
        name: "no ip_configuration",
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-2"
  }
}
`,
        errors: [{ line: 6, column: 3 }],
      },
    ],
  },
});
