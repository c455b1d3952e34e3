import { defineRule, isUnknown } from "@tollgate/engine";
import { sqlIpConfiguration } from "../../support/gcp.js";

const ENCRYPTED_MODES = new Set(["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"]);

export default defineRule({
  meta: {
    id: "gcp-sql-ssl-not-required",
    title: "Cloud SQL instance does not require SSL/TLS connections",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description:
      "Neither `ssl_mode = \"ENCRYPTED_ONLY\"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) nor `require_ssl = true` is set, so clients may connect without encryption and credentials and query results can cross the network in plain text.",
    remediation: "Set `ssl_mode = \"ENCRYPTED_ONLY\"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) in `settings.ip_configuration`; on older providers set `require_ssl = true`.",
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.4"] },
    tags: ["gcp", "cloud-sql", "ssl", "tls", "encryption-in-transit"],
    references: [
      "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode",
    ],
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      if (instance.attributes.settings === undefined) return;
      report({ at: ["settings", 0], message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (no ssl_mode or require_ssl)` });
      return;
    }
    const { require_ssl: requireSsl } = ip.config;
    // Plans spell an unset mode as an empty string.
    const mode = ip.config.ssl_mode === "" || ip.config.ssl_mode === null ? undefined : ip.config.ssl_mode;
    if (isUnknown(mode) || isUnknown(requireSsl)) return;
    if (typeof mode === "string" && ENCRYPTED_MODES.has(mode)) return;
    if (mode === undefined && requireSsl === true) return;
    if (typeof mode === "string") {
      report({ at: [...ip.at, "ssl_mode"], message: `Cloud SQL instance ${instance.name} accepts unencrypted connections (ssl_mode = "${mode}")` });
    } else if (requireSsl === false) {
      report({ at: [...ip.at, "require_ssl"], message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (require_ssl = false)` });
    } else {
      report({ at: ip.at, message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (no ssl_mode or require_ssl)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
    }
  }
}
`,
        errors: [{ line: 8, column: 5 }],
      },
      {
        filename: "main.tf",
        code: `resource "google_sql_database_instance" "users" {
  name             = "users-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      require_ssl     = false
    }
  }
}
`,
        errors: [{ line: 11, column: 7 }],
      },
    ],
  },
});
