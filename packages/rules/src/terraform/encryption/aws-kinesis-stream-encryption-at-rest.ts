import { defineRule, isUnknown } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-kinesis-stream-encryption-at-rest",
    title: "Kinesis data stream not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_kinesis_stream"],
    description:
      "The stream's `encryption_type` is `NONE` (the default), so records stay unencrypted in the stream's storage for the whole retention period.",
    remediation: "Set `encryption_type = \"KMS\"` and `kms_key_id` to a customer-managed key (or `alias/aws/kinesis`); encryption can be turned on for an existing stream.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["kinesis", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type",
    ],
  },
  check(stream, { report }) {
    const type = stream.attributes.encryption_type;
    if (isUnknown(type)) return;
    if (type === undefined || type === null) {
      report({ message: `Kinesis stream ${stream.name} does not set encryption_type = "KMS", so records are not encrypted at rest` });
    } else if (typeof type === "string" && type.toUpperCase() === "NONE") {
      report({ at: ["encryption_type"], message: `Kinesis stream ${stream.name} is not encrypted at rest (encryption_type = "NONE")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 2
  retention_period = 48
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "explicitly NONE",
        filename: "main.tf",
        code: `resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 2
  encryption_type = "NONE"
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
