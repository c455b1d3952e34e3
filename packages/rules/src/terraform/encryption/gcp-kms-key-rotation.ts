import { defineRule, isUnknown } from "@tollgate/engine";
import { durationSeconds } from "../../support/gcp.js";

const NINETY_DAYS = 90 * 24 * 60 * 60;
/** Only symmetric encryption keys can be rotated automatically. */
const ROTATABLE_PURPOSES = new Set(["ENCRYPT_DECRYPT"]);

export default defineRule({
  meta: {
    id: "gcp-kms-key-rotation",
    title: "Cloud KMS key without automatic key rotation within 90 days",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_kms_crypto_key"],
    description:
      "The symmetric key has no `rotation_period`, or one longer than 90 days. Without rotation a single key version protects an ever-growing amount of data, and a compromised version stays useful to an attacker indefinitely.",
    remediation: "Set `rotation_period = \"7776000s\"` (90 days) or shorter on the crypto key.",
    precision: "very-high",
    cwe: ["CWE-324"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["1.10"] },
    tags: ["gcp", "kms", "key-rotation", "key-management"],
    references: [
      "https://cloud.google.com/kms/docs/key-rotation",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period",
    ],
  },
  check(key, { report }) {
    const purpose = key.attributes.purpose ?? "ENCRYPT_DECRYPT";
    if (typeof purpose !== "string" || !ROTATABLE_PURPOSES.has(purpose)) return;
    const period = key.attributes.rotation_period;
    if (period === undefined || period === null) {
      report({ message: `KMS key ${key.name} has no automatic key rotation (rotation_period is not set)` });
      return;
    }
    if (isUnknown(period)) return;
    const seconds = durationSeconds(period);
    if (seconds !== undefined && seconds > NINETY_DAYS) {
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
`,
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
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name     = "backups"
  key_ring = google_kms_key_ring.main.id
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        filename: "main.tf",
        code: `resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "31536000s"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "365 days" }],
      },
    ],
  },
});
