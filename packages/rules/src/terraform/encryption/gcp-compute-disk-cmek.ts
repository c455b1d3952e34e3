import { asList, defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-compute-disk-cmek",
    title: "Persistent disk not encrypted with a customer-managed key (CMEK/CSEK)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["google_compute_disk", "google_compute_region_disk"],
    description:
      "The disk relies on Google-managed encryption keys only. Its data is encrypted at rest, but you cannot revoke or audit the key, so deleting or disabling access to the data rests entirely with IAM on the disk and its snapshots.",
    remediation:
      "Set `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disks.id }` (CMEK) or a customer-supplied key (`raw_key` / `rsa_encrypted_key`) for disks holding sensitive data.",
    precision: "medium",
    cwe: ["CWE-311"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["4.7"] },
    tags: ["gcp", "compute", "disk", "encryption-at-rest", "cmek"],
    references: [
      "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key",
    ],
  },
  check(disk, { report }) {
    const keys = disk.attributes.disk_encryption_key;
    if (isUnknown(keys)) return;
    if (asList(keys).length > 0) return;
    // A disk restored from an encrypted image or snapshot names the source's key instead.
    if (disk.attributes.source_image_encryption_key !== undefined || disk.attributes.source_snapshot_encryption_key !== undefined) return;
    report({ message: `Disk ${disk.name} is not encrypted with a customer-managed key (no disk_encryption_key; Google-managed encryption only)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
