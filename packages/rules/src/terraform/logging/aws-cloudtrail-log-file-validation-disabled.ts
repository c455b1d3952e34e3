import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudtrail-log-file-validation-disabled",
    title: "CloudTrail log file integrity validation not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description:
      "Without log file validation CloudTrail writes no signed digest files, so nobody can prove that the audit logs in the bucket were not edited or deleted after delivery. An intruder with bucket access can cover their tracks undetected.",
    remediation: "Set `enable_log_file_validation = true` and check the digests with `aws cloudtrail validate-logs` during investigations.",
    precision: "very-high",
    cwe: ["CWE-354"],
    frameworks: { "CIS AWS 1.4.0": ["3.2"] },
    tags: ["aws", "cloudtrail", "audit", "logging", "integrity"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation",
    ],
  },
  check(trail, { report }) {
    const validation = trail.attributes.enable_log_file_validation;
    if (isUnknown(validation) || isTrue(validation)) return;
    if (isFalse(validation)) {
      report({ at: ["enable_log_file_validation"], message: `CloudTrail trail ${trail.name} has log file validation turned off: tampering with its audit logs cannot be detected` });
    } else if (isUnset(validation)) {
      report({ message: `CloudTrail trail ${trail.name} does not enable log file validation: tampering with its audit logs cannot be detected` });
    }
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
}
`,
      },
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = true
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "log file validation" }],
      },
    ],
  },
});
