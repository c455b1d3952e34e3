import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-backup-vault-customer-managed-key",
    title: "Backup vault not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_backup_vault"],
    description:
      "Without `kms_key_arn` the vault encrypts recovery points with the AWS-managed backup key. Backups are copies of everything worth stealing; a customer-managed key lets a key policy decide who can restore or copy them.",
    remediation: "Set `kms_key_arn` to a customer-managed KMS key when creating the vault (the key cannot be changed afterwards).",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["backup", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn",
    ],
  },
  check(vault, { report }) {
    const key = vault.attributes.kms_key_arn;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `Backup vault ${vault.name} has no kms_key_arn: recovery points are not encrypted with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name        = "daily"
  kms_key_arn = aws_kms_key.backup.arn
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name = "daily"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
