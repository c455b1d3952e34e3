import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudwatch-log-group-customer-managed-key",
    title: "CloudWatch log group not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudwatch_log_group"],
    description:
      "CloudWatch Logs always encrypts log data, but without `kms_key_id` it uses a service key that anyone with log read permissions can use. Logs often carry tokens, personal data and request payloads; a customer-managed key adds a key policy and an audit trail around reading them.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key whose key policy allows the `logs.<region>.amazonaws.com` service principal.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["cloudwatch", "logs", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id",
    ],
  },
  check(group, { report }) {
    const key = group.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudWatch log group ${group.name} is not encrypted with a customer-managed KMS key (no kms_key_id)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.logs.arn
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
