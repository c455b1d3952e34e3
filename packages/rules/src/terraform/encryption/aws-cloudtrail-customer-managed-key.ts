import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudtrail-customer-managed-key",
    title: "CloudTrail logs not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description:
      "Without `kms_key_id` CloudTrail log files are protected only by the bucket's S3-managed encryption, so anyone allowed to read the bucket reads the account's whole API history. SSE-KMS with your own key adds a second, separately audited permission (`kms:Decrypt`) in front of the logs.",
    remediation: "Create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set `kms_key_id` to its ARN.",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS 1.4.0": ["3.7"] },
    tags: ["aws", "cloudtrail", "kms", "encryption-at-rest", "audit"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id",
    ],
  },
  check(trail, { report }) {
    const key = trail.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudTrail trail ${trail.name} does not encrypt its log files with a customer-managed KMS key (kms_key_id is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.audit.arn
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "KMS" }],
      },
    ],
  },
});
