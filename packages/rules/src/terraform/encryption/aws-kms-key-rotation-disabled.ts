import { defineRule, isUnknown } from "@tollgate/engine";
import { isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-kms-key-rotation-disabled",
    title: "KMS key rotation not enabled on a symmetric customer-managed key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kms_key"],
    description:
      "Automatic rotation is off for a symmetric encryption key. The same key material then protects data for the key's whole life, so a compromise of it exposes everything ever encrypted under it, and compliance regimes that require yearly rotation are not met.",
    remediation: "Set `enable_key_rotation = true` (optionally `rotation_period_in_days`); AWS keeps old key material to decrypt existing data.",
    precision: "very-high",
    cwe: ["CWE-320"],
    tags: ["kms", "key-rotation", "key-management"],
    references: [
      "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation",
    ],
  },
  check(key, { report }) {
    const { attributes } = key;
    // Only symmetric encryption keys outside custom key stores can rotate automatically.
    const spec = attributes.customer_master_key_spec ?? attributes.key_spec;
    if (!isUnset(spec) && spec !== "SYMMETRIC_DEFAULT") return;
    if (!isUnset(attributes.key_usage) && attributes.key_usage !== "ENCRYPT_DECRYPT") return;
    if (!isUnset(attributes.custom_key_store_id)) return;
    const rotation = attributes.enable_key_rotation;
    if (isUnknown(rotation) || isTrue(rotation)) return;
    if (isUnset(rotation)) report({ message: `KMS key ${key.name} does not enable automatic key rotation (enable_key_rotation is not set)` });
    else report({ at: ["enable_key_rotation"], message: `KMS key ${key.name} has automatic key rotation turned off` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description         = "log bucket key"
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}
`,
      },
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description             = "log bucket key"
  deletion_window_in_days = 10
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_kms_key" "logs" {
  description         = "log bucket key"
  enable_key_rotation = false
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
