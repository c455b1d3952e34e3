#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  durationSeconds,
  isPublicMember,
  openAuthorizedNetwork,
  sqlIpConfiguration
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/gcp-project-primitive-role.ts
var BASIC_ROLES = /* @__PURE__ */ new Set(["roles/owner", "roles/editor"]);
var MEMBER_TYPES = ["google_project_iam_member", "google_folder_iam_member", "google_organization_iam_member"];
var BINDING_TYPES = ["google_project_iam_binding", "google_folder_iam_binding", "google_organization_iam_binding"];
var gcp_project_primitive_role_default = defineRule({
  meta: {
    id: "gcp-project-primitive-role",
    title: "Basic (primitive) role Owner or Editor granted on a project, folder or organization",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...MEMBER_TYPES, ...BINDING_TYPES],
    description: "The basic roles `roles/owner` and `roles/editor` grant thousands of permissions across every service. A principal holding one can read and change nearly everything in scope, which rarely matches what it needs and makes a compromise of that principal far more damaging.",
    remediation: "Grant predefined or custom roles limited to the services and actions the principal uses; keep Owner for a small break-glass group.",
    precision: "high",
    cwe: ["CWE-269"],
    tags: ["gcp", "iam", "basic-roles", "least-privilege"],
    references: [
      "https://cloud.google.com/iam/docs/roles-overview#basic",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam"
    ]
  },
  check(grant, { report }) {
    const role = grant.attributes.role;
    if (typeof role !== "string" || !BASIC_ROLES.has(role)) return;
    if (MEMBER_TYPES.includes(grant.type)) {
      if (typeof grant.attributes.member === "string") report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${grant.attributes.member}: overly broad permissions` });
      return;
    }
    const members = grant.attributes.members;
    if (Array.isArray(members) && members.length > 0) {
      report({ at: ["role"], message: `${grant.name} grants the basic role ${role} to ${members.length} member(s): overly broad permissions` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "deployer" {
  project = "acme-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "user:contractor@example.com"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-service-account-key.ts
var gcp_service_account_key_default = defineRule({
  meta: {
    id: "gcp-service-account-key",
    title: "User-managed service account key created (long-lived credentials)",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_service_account_key"],
    description: "A user-managed service account key is a long-lived credential that does not expire by default. Created by Terraform, its private key is also stored in the state file, so anyone who can read the state can act as the service account from anywhere.",
    remediation: "Use attached service accounts, Workload Identity or Workload Identity Federation instead of keys; if a key is unavoidable, upload a public key generated outside Terraform and rotate it.",
    precision: "high",
    cwe: ["CWE-798"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.4"] },
    tags: ["gcp", "iam", "service-account", "user-credentials"],
    references: [
      "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key"
    ]
  },
  check(key, { report }) {
    const uploaded = key.attributes.public_key_data !== void 0;
    report({
      message: uploaded ? `${key.name} uploads a user-managed service account key: long-lived credentials outside Google's control` : `${key.name} creates a user-managed service account key: long-lived credentials whose private key is stored in Terraform state`
    });
  },
  examples: {
    valid: [
      {
        name: "no key: an attached service account",
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}
`,
        errors: [{ line: 6, column: 1, messageIncludes: "state" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-public-acl.ts
var PUBLIC_PREDEFINED_ACLS = /* @__PURE__ */ new Set(["publicRead", "publicReadWrite", "authenticatedRead"]);
var ACL_TYPES = ["google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_object_acl"];
var ACCESS_CONTROL_TYPES = [
  "google_storage_bucket_access_control",
  "google_storage_default_object_access_control",
  "google_storage_object_access_control"
];
function entityOf(roleEntity) {
  if (typeof roleEntity !== "string") return void 0;
  const separator = roleEntity.indexOf(":");
  return separator < 0 ? void 0 : roleEntity.slice(separator + 1);
}
var gcp_storage_bucket_public_acl_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-public-acl",
    title: "Cloud Storage ACL makes a bucket or objects public (allUsers, publicRead)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...ACL_TYPES, ...ACCESS_CONTROL_TYPES],
    description: "A bucket or object ACL grants access to `allUsers` or `allAuthenticatedUsers`, directly or through the `publicRead`, `publicReadWrite` or `authenticatedRead` predefined ACLs. The data is then publicly readable (or writable) by anyone on the internet.",
    remediation: "Use a private predefined ACL (`projectPrivate`, `private`) or, better, enable uniform bucket-level access and grant IAM roles to specific principals only.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "acl", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/lists",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl"
    ]
  },
  check(acl, { report }) {
    const attributes = acl.attributes;
    if (ACCESS_CONTROL_TYPES.includes(acl.type)) {
      if (isPublicMember(attributes.entity)) report({ at: ["entity"], message: `ACL ${acl.name} makes data public: ${String(attributes.role)} granted to ${attributes.entity}` });
      return;
    }
    const predefined = attributes.predefined_acl;
    if (typeof predefined === "string" && PUBLIC_PREDEFINED_ACLS.has(predefined)) {
      report({ at: ["predefined_acl"], message: `ACL ${acl.name} makes data public (predefined_acl = "${predefined}")` });
      return;
    }
    if (!Array.isArray(attributes.role_entity)) return;
    attributes.role_entity.forEach((roleEntity, index) => {
      const entity = entityOf(roleEntity);
      if (isPublicMember(entity)) report({ at: ["role_entity", index], message: `ACL ${acl.name} makes data public: ${String(roleEntity)}` });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "projectPrivate"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_acl" "builds" {
  bucket         = google_storage_bucket.builds.name
  predefined_acl = "publicRead"
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "role entities",
        filename: "main.tf",
        code: `resource "google_storage_default_object_acl" "builds" {
  bucket      = google_storage_bucket.builds.name
  role_entity = [
    "OWNER:project-owners-123456789",
    "READER:allUsers",
  ]
}
`,
        errors: [{ line: 5, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-public-iam.ts
var gcp_storage_bucket_public_iam_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-public-iam",
    title: "Cloud Storage bucket IAM grants access to allUsers or allAuthenticatedUsers (public bucket)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket_iam_binding", "google_storage_bucket_iam_member", "google_storage_bucket_iam_policy"],
    description: "A bucket IAM grant to `allUsers` makes the bucket's objects publicly accessible to anyone on the internet, without authentication; `allAuthenticatedUsers` means anyone with any Google account, which is no narrower in practice. Public buckets are a leading cause of cloud data leaks.",
    remediation: "Remove `allUsers` and `allAuthenticatedUsers` from the bucket's IAM and grant roles to specific users, groups or service accounts; serve intentionally public content through a load balancer with Cloud CDN or signed URLs.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.1"] },
    tags: ["gcp", "cloud-storage", "public-access", "allUsers"],
    references: [
      "https://cloud.google.com/storage/docs/access-control/making-data-public",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam"
    ]
  },
  check(grant, { report }) {
    const attributes = grant.attributes;
    const role = typeof attributes.role === "string" ? attributes.role : "a role";
    const message = (member, what = role) => `Bucket IAM ${grant.name} makes the bucket public: ${what} granted to ${member}`;
    if (grant.type === "google_storage_bucket_iam_member") {
      if (isPublicMember(attributes.member)) report({ at: ["member"], message: message(attributes.member) });
      return;
    }
    if (grant.type === "google_storage_bucket_iam_binding") {
      if (!Array.isArray(attributes.members)) return;
      attributes.members.forEach((member, index) => {
        if (isPublicMember(member)) report({ at: ["members", index], message: message(member) });
      });
      return;
    }
    if (typeof attributes.policy_data !== "string") return;
    let policy;
    try {
      policy = JSON.parse(attributes.policy_data);
    } catch {
      return;
    }
    const bindings = typeof policy === "object" && policy !== null ? policy.bindings : void 0;
    if (!Array.isArray(bindings)) return;
    const publicGrants = bindings.flatMap(
      (binding) => Array.isArray(binding?.members) ? binding.members.filter((member) => isPublicMember(member)).map((member) => `${String(binding.role)} to ${String(member)}`) : []
    );
    if (publicGrants.length > 0) report({ at: ["policy_data"], message: `Bucket IAM policy ${grant.name} makes the bucket public: ${publicGrants.join(", ")}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "reader" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_binding" "public_read" {
  bucket  = google_storage_bucket.reports.name
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com", "allUsers"]
}
`,
        errors: [{ line: 4, column: 44, messageIncludes: "allUsers" }]
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket_iam_member" "any_google_account" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "allAuthenticatedUsers"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/gcp-storage-bucket-uniform-access.ts
var gcp_storage_bucket_uniform_access_default = defineRule({
  meta: {
    id: "gcp-storage-bucket-uniform-access",
    title: "Cloud Storage bucket without uniform bucket-level access",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket"],
    description: "Without uniform bucket-level access, every object can carry its own ACL on top of the bucket's IAM policy. Access then cannot be reviewed in one place, and a single object ACL granting `allUsers` makes that object public without any change to the bucket's IAM.",
    remediation: "Set `uniform_bucket_level_access = true` and grant access only through IAM on the bucket.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.2"] },
    tags: ["gcp", "cloud-storage", "uniform-bucket-level-access", "acl"],
    references: [
      "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access"
    ]
  },
  check(bucket, { report }) {
    const uniform = bucket.attributes.uniform_bucket_level_access;
    const legacy = bucket.attributes.bucket_policy_only;
    if (uniform === true || legacy === true || isUnknown(uniform) || isUnknown(legacy)) return;
    if (uniform === false) report({ at: ["uniform_bucket_level_access"], message: `Bucket ${bucket.name} has uniform bucket-level access disabled: object ACLs apply` });
    else report({ message: `Bucket ${bucket.name} does not enable uniform bucket-level access: object ACLs apply` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name     = "acme-exports"
  location = "EU"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-kms-key-rotation.ts
var NINETY_DAYS = 90 * 24 * 60 * 60;
var ROTATABLE_PURPOSES = /* @__PURE__ */ new Set(["ENCRYPT_DECRYPT"]);
var gcp_kms_key_rotation_default = defineRule({
  meta: {
    id: "gcp-kms-key-rotation",
    title: "Cloud KMS key without automatic key rotation within 90 days",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_kms_crypto_key"],
    description: "The symmetric key has no `rotation_period`, or one longer than 90 days. Without rotation a single key version protects an ever-growing amount of data, and a compromised version stays useful to an attacker indefinitely.",
    remediation: 'Set `rotation_period = "7776000s"` (90 days) or shorter on the crypto key.',
    precision: "very-high",
    cwe: ["CWE-324"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.10"] },
    tags: ["gcp", "kms", "key-rotation", "key-management"],
    references: [
      "https://cloud.google.com/kms/docs/key-rotation",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period"
    ]
  },
  check(key, { report }) {
    const purpose = key.attributes.purpose ?? "ENCRYPT_DECRYPT";
    if (typeof purpose !== "string" || !ROTATABLE_PURPOSES.has(purpose)) return;
    const period = key.attributes.rotation_period;
    if (period === void 0 || period === null) {
      report({ message: `KMS key ${key.name} has no automatic key rotation (rotation_period is not set)` });
      return;
    }
    if (isUnknown(period)) return;
    const seconds = durationSeconds(period);
    if (seconds !== void 0 && seconds > NINETY_DAYS) {
      report({ at: ["rotation_period"], message: `KMS key ${key.name} key rotation period is longer than 90 days (${String(period)} is ${Math.round(seconds / 86400)} days)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}
`
      },
      {
        name: "asymmetric signing key",
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "signing" {
  name     = "release-signing"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name     = "backups"
  key_ring = google_kms_key_ring.main.id
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "31536000s"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "365 days" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/gcp-sql-ssl-not-required.ts
var ENCRYPTED_MODES = /* @__PURE__ */ new Set(["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"]);
var gcp_sql_ssl_not_required_default = defineRule({
  meta: {
    id: "gcp-sql-ssl-not-required",
    title: "Cloud SQL instance does not require SSL/TLS connections",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: 'Neither `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) nor `require_ssl = true` is set, so clients may connect without encryption and credentials and query results can cross the network in plain text.',
    remediation: 'Set `ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) in `settings.ip_configuration`; on older providers set `require_ssl = true`.',
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.4"] },
    tags: ["gcp", "cloud-sql", "ssl", "tls", "encryption-in-transit"],
    references: [
      "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode"
    ]
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      if (instance.attributes.settings === void 0) return;
      report({ at: ["settings", 0], message: `Cloud SQL instance ${instance.name} does not require SSL: unencrypted connections are accepted (no ssl_mode or require_ssl)` });
      return;
    }
    const { require_ssl: requireSsl } = ip.config;
    const mode = ip.config.ssl_mode === "" || ip.config.ssl_mode === null ? void 0 : ip.config.ssl_mode;
    if (isUnknown(mode) || isUnknown(requireSsl)) return;
    if (typeof mode === "string" && ENCRYPTED_MODES.has(mode)) return;
    if (mode === void 0 && requireSsl === true) return;
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
`
      }
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
        errors: [{ line: 8, column: 5 }]
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
        errors: [{ line: 11, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-sql-authorized-network-open.ts
var gcp_sql_authorized_network_open_default = defineRule({
  meta: {
    id: "gcp-sql-authorized-network-open",
    title: "Cloud SQL instance open to the internet (authorized network 0.0.0.0/0)",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: "An authorized network of `0.0.0.0/0` on an instance with a public IP lets any host on the internet connect to the database port. Only the database password then protects the data, against constant password spraying.",
    remediation: "Remove the `0.0.0.0/0` authorized network; connect through private IP (`private_network`, `ipv4_enabled = false`) or the Cloud SQL Auth Proxy, or list only specific client addresses.",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.5"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/authorize-networks",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks"
    ]
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
`
      }
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
        errors: [{ line: 13, column: 9 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/gcp-sql-public-ip.ts
var gcp_sql_public_ip_default = defineRule({
  meta: {
    id: "gcp-sql-public-ip",
    title: "Cloud SQL instance has a public IP address",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["google_sql_database_instance"],
    description: "`ipv4_enabled` is true, or not set (it defaults to true), so the instance gets a public IP address. Authorized networks and the Auth Proxy still gate connections, but the database is one misconfigured authorized network away from the internet. (An instance already open to `0.0.0.0/0` is reported by the authorized-network rule instead.)",
    remediation: "Set `ipv4_enabled = false` with `private_network` pointing at your VPC, and connect over private IP or Private Service Connect.",
    precision: "high",
    cwe: ["CWE-668"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["6.6"] },
    tags: ["gcp", "cloud-sql", "network-exposure", "public-ip"],
    references: [
      "https://cloud.google.com/sql/docs/mysql/configure-private-ip",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled"
    ]
  },
  check(instance, { report }) {
    const ip = sqlIpConfiguration(instance);
    if (ip === "unknown") return;
    if (ip === "missing") {
      if (instance.attributes.master_instance_name !== void 0) return;
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
`
      }
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
        errors: [{ line: 9, column: 7 }]
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
        errors: [{ line: 6, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-google-kms.ts
var rules = [
  gcp_project_primitive_role_default,
  gcp_service_account_key_default,
  gcp_storage_bucket_public_acl_default,
  gcp_storage_bucket_public_iam_default,
  gcp_storage_bucket_uniform_access_default,
  gcp_kms_key_rotation_default,
  gcp_sql_ssl_not_required_default,
  gcp_sql_authorized_network_open_default,
  gcp_sql_public_ip_default
];
export {
  rules
};
