import { asList, defineRule } from "@tollgate/engine";

const SEPARATE_CONFIGURATION = "aws_s3_bucket_server_side_encryption_configuration";

export default defineRule({
  meta: {
    id: "aws-s3-encryption-at-rest",
    title: "S3 bucket without server-side encryption",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description:
      "The bucket declares no server-side encryption, neither inline (`server_side_encryption_configuration`) nor through an `aws_s3_bucket_server_side_encryption_configuration` resource that refers to it. Objects then rely on the account default, and nothing in code shows which key protects them or who may use it.",
    remediation:
      "Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = \"aws:kms\"` and a customer-managed key (or at least `AES256`).",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 1.4.0": ["2.1.1"] },
    tags: ["s3", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"],
  },
  check(bucket, { graph, report }) {
    if (asList(bucket.attributes.server_side_encryption_configuration).length > 0) return;
    const separate = graph.sources(bucket.id, "references").some((resource) => resource.type === SEPARATE_CONFIGURATION);
    if (separate) return;
    report({ message: `S3 bucket ${bucket.name} has no server-side encryption configuration` });
  },
  examples: {
    valid: [
      {
        name: "separate encryption resource",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
`,
      },
      {
        name: "inline encryption block (AWS provider v3)",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "exports" {
  bucket = "exports"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
