import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-ebs-encryption-at-rest",
    title: "EBS volume not encrypted",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_volume"],
    description:
      "The volume is created unencrypted. Its data, and every snapshot taken of it, can be read by anyone who obtains a copy, and unencrypted snapshots can be shared outside the account.",
    remediation: "Set `encrypted = true` (and `kms_key_id` to a customer-managed key), or turn on EBS encryption by default for the account and region.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ebs", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"],
  },
  check(volume, { report }) {
    const encrypted = volume.attributes.encrypted;
    if (encrypted === true || isUnknown(encrypted)) return;
    // A snapshot restored into the volume carries its own encryption.
    if (volume.attributes.snapshot_id !== undefined && volume.attributes.snapshot_id !== null && encrypted === undefined) return;
    if (encrypted === undefined) report({ message: `EBS volume ${volume.name} does not set encrypted = true` });
    else report({ at: ["encrypted"], message: `EBS volume ${volume.name} is explicitly unencrypted` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
`,
      },
    ],
    invalid: [
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
