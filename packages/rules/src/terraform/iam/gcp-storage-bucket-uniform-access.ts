import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "gcp-storage-bucket-uniform-access",
    title: "Cloud Storage bucket without uniform bucket-level access",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_storage_bucket"],
    description:
      "Without uniform bucket-level access, every object can carry its own ACL on top of the bucket's IAM policy. Access then cannot be reviewed in one place, and a single object ACL granting `allUsers` makes that object public without any change to the bucket's IAM.",
    remediation: "Set `uniform_bucket_level_access = true` and grant access only through IAM on the bucket.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["5.2"] },
    tags: ["gcp", "cloud-storage", "uniform-bucket-level-access", "acl"],
    references: [
      "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access",
    ],
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
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name     = "acme-exports"
  location = "EU"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        filename: "main.tf",
        code: `resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
