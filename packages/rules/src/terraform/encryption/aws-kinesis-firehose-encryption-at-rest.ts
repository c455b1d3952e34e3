import { defineRule, isUnknown } from "@tollgate/engine";
import { blocksOf, isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-kinesis-firehose-encryption-at-rest",
    title: "Kinesis Data Firehose delivery stream without server-side encryption",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kinesis_firehose_delivery_stream"],
    description:
      "Records sent directly to the delivery stream are buffered without server-side encryption before delivery. Streams fed by a Kinesis data stream or MSK rely on their source's encryption instead and are not reported.",
    remediation: "Add `server_side_encryption { enabled = true }`, with `key_type = \"CUSTOMER_MANAGED_CMK\"` and `key_arn` for a customer-managed KMS key.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["firehose", "kinesis", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption",
    ],
  },
  check(stream, { report }) {
    const attributes = stream.attributes;
    for (const source of ["kinesis_source_configuration", "msk_source_configuration"]) {
      const blocks = blocksOf(attributes, source);
      if (blocks === undefined || blocks.length > 0) return;
    }
    const sse = singleBlock(attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `Firehose delivery stream ${stream.name} has no server_side_encryption: buffered records are not encrypted at rest` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    const at = enabled === undefined || enabled === null ? sse.at : [...sse.at, "enabled"];
    report({ at, message: `Firehose delivery stream ${stream.name} has server-side encryption turned off: buffered records are not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        name: "direct put with a customer key",
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit-to-s3"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.audit.arn
  }
}
`,
      },
      {
        name: "fed by a Kinesis stream",
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clicks-to-s3"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.clicks.arn
    role_arn           = aws_iam_role.firehose.arn
  }

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.clicks.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit-to-s3"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.audit.arn
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
