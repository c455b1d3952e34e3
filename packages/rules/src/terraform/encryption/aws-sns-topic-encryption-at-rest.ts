import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-sns-topic-encryption-at-rest",
    title: "SNS topic not encrypted at rest (no KMS key)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sns_topic"],
    description:
      "Without `kms_master_key_id` the topic does not use server-side encryption: messages waiting for delivery are stored without a KMS key, and access to them is not controlled or logged through a key policy.",
    remediation: "Set `kms_master_key_id` to a customer-managed KMS key (or at least `alias/aws/sns`), and allow the publishing services to use the key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["sns", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id",
    ],
  },
  check(topic, { report }) {
    const key = topic.attributes.kms_master_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `SNS topic ${topic.name} has no kms_master_key_id: messages are not encrypted at rest with server-side encryption` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sns_topic" "alerts" {
  name              = "billing-alerts"
  kms_master_key_id = aws_kms_key.sns.id
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sns_topic" "alerts" {
  name = "billing-alerts"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
