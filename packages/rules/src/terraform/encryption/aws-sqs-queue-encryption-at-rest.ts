import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-sqs-queue-encryption-at-rest",
    title: "SQS queue server-side encryption turned off",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sqs_queue"],
    description:
      "`sqs_managed_sse_enabled = false` with no `kms_master_key_id` turns off the encryption at rest that SQS applies to new queues by default, so queued messages are stored unencrypted.",
    remediation: "Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a customer-managed KMS key.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["sqs", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled",
    ],
  },
  check(queue, { report }) {
    const key = queue.attributes.kms_master_key_id;
    if (!isFalse(queue.attributes.sqs_managed_sse_enabled) || isUnknown(key) || !isUnset(key)) return;
    report({ at: ["sqs_managed_sse_enabled"], message: `SQS queue ${queue.name} is not encrypted at rest: SSE-SQS is turned off and no KMS key is set` });
  },
  examples: {
    valid: [
      {
        name: "SSE-SQS by default",
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name = "orders"
}
`,
      },
      {
        name: "customer-managed key",
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.queues.id
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false
}
`,
        errors: [{ line: 3, column: 3 }],
      },
    ],
  },
});
