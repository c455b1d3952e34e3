import { defineRule } from "@tollgate/engine";
import { policyAt } from "../../support/aws-policy-source.js";
import type { PolicyStatement } from "../../support/iam-policy.js";

export default defineRule({
  meta: {
    id: "aws-s3-bucket-policy-allows-insecure-transport",
    title: "S3 bucket policy does not deny requests without TLS (aws:SecureTransport)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description:
      "The bucket has a policy, but no statement denies requests made over plain HTTP (`aws:SecureTransport` = `false`). S3 accepts unencrypted HTTP requests, so credentials' signatures and object contents can cross the network in clear text, open to interception and tampering.",
    remediation:
      "Add a statement with `Effect = \"Deny\"`, `Principal = \"*\"`, `Action = \"s3:*\"`, the bucket and `bucket/*` as resources, and `Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } }`.",
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.1"] },
    tags: ["s3", "encryption-in-transit", "tls"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"],
  },
  check(resource, { graph, report }) {
    const policy = policyAt(graph, resource, ["policy"]);
    if (!policy || policy.statements.length === 0) return;
    // Part of a statement unknown: it may well be the deny.
    if (policy.statements.some((statement) => statement.partial) || policy.statements.some(deniesInsecureTransport)) return;
    report({ at: policy.at, message: `${resource.name}: the bucket policy does not deny requests without TLS (no Deny on aws:SecureTransport = false)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
      },
      {
        name: "no bucket policy at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "reports" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-reports/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reporting"]
    }
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = data.aws_iam_policy_document.reports.json
}
`,
        errors: [{ line: 14, column: 3, messageIncludes: "aws:SecureTransport" }],
      },
    ],
  },
});

/** `Deny` with `Bool` (or `BoolIfExists`) `aws:SecureTransport` = `false`. */
function deniesInsecureTransport(statement: PolicyStatement): boolean {
  if (statement.effect !== "Deny") return false;
  return Object.entries(statement.conditions).some(
    ([operator, keys]) =>
      /^bool(ifexists)?$/i.test(operator) &&
      Object.entries(keys).some(([key, values]) => key.toLowerCase() === "aws:securetransport" && values.some((value) => value.toLowerCase() === "false")),
  );
}
