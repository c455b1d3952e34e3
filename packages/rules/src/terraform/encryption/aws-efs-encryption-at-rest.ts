import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-efs-encryption-at-rest",
    title: "EFS file system not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_efs_file_system"],
    description:
      "The file system stores its files and metadata unencrypted. EFS encryption at rest can only be chosen when the file system is created, so fixing it later means creating a new file system and copying every file across.",
    remediation: "Set `encrypted = true` and `kms_key_id` to a customer-managed KMS key, then migrate the data to the new, encrypted file system (for example with AWS DataSync).",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.4.1"] },
    tags: ["efs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted",
    ],
  },
  check(fileSystem, { report }) {
    const encrypted = fileSystem.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["encrypted"], message: `EFS file system ${fileSystem.name} is not encrypted at rest (encrypted = false)` });
    } else if (isUnset(fileSystem.attributes.kms_key_id)) {
      report({ message: `EFS file system ${fileSystem.name} does not set encrypted = true, so its files are not encrypted at rest` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}
`,
      },
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token   = "shared-home"
  performance_mode = "generalPurpose"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = false
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
