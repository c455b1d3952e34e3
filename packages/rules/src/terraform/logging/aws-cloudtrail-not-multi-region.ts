import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudtrail-not-multi-region",
    title: "CloudTrail trail records only its home region",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description:
      "A single-region trail logs API calls made in one region only. An attacker who launches instances, creates keys or changes IAM-adjacent settings in another region leaves no trail entry, and regions nobody uses are exactly where such activity goes unnoticed.",
    remediation: "Set `is_multi_region_trail = true` (and keep `include_global_service_events = true`) so the trail records every region, including ones enabled later.",
    precision: "high",
    cwe: ["CWE-778"],
    frameworks: { "CIS AWS 1.4.0": ["3.1"] },
    tags: ["aws", "cloudtrail", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail",
    ],
  },
  check(trail, { report }) {
    const multiRegion = trail.attributes.is_multi_region_trail;
    if (isUnknown(multiRegion) || isTrue(multiRegion)) return;
    if (isFalse(multiRegion)) {
      report({ at: ["is_multi_region_trail"], message: `CloudTrail trail ${trail.name} logs only its home region (is_multi_region_trail = false): activity in other regions is not audited` });
    } else if (isUnset(multiRegion)) {
      report({ message: `CloudTrail trail ${trail.name} logs only its home region: is_multi_region_trail is not set, so activity in other regions is not audited` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                          = "account-trail"
  s3_bucket_name                = aws_s3_bucket.audit.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}
`,
      },
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "audited" }],
      },
      {
        name: "explicitly single-region",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
