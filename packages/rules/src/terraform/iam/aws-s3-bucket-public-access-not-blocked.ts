import { defineRule } from "@tollgate/engine";
import { accountBlocksPublicAccess, bucketOf, bucketSettings, unblockedSettings } from "../../support/s3-bucket.js";

const PUBLIC_ACCESS_BLOCK = "aws_s3_bucket_public_access_block";

export default defineRule({
  meta: {
    id: "aws-s3-bucket-public-access-not-blocked",
    title: "S3 bucket without a public access block that blocks all four settings",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", PUBLIC_ACCESS_BLOCK],
    description:
      "No `aws_s3_bucket_public_access_block` for the bucket (and no account-wide `aws_s3_account_public_access_block`) turns on all four of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets`. Then one public ACL or bucket policy statement, written by mistake or by a compromised pipeline, is enough to publish the bucket's objects to the internet.",
    remediation:
      "Add an `aws_s3_bucket_public_access_block` for the bucket with the four settings set to `true`, or one `aws_s3_account_public_access_block` for the account. Serve public content through CloudFront with origin access control instead of a public bucket.",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"],
  },
  check(resource, { graph, report }) {
    if (accountBlocksPublicAccess(graph, resource)) return;
    if (resource.type === PUBLIC_ACCESS_BLOCK) {
      const off = unblockedSettings(resource);
      if (off.length === 0) return;
      const bucket = bucketOf(graph, resource);
      const first = off[0]!;
      report({
        at: resource.attributes[first] === false ? [first] : [],
        message: `${resource.name} leaves public access open: ${off.map((setting) => `\`${setting}\``).join(", ")} ${off.length === 1 ? "is" : "are"} not true`,
        related: bucket ? [{ resource: bucket.id, message: `the bucket ${bucket.name}` }] : [],
      });
      return;
    }
    if (bucketSettings(graph, resource, PUBLIC_ACCESS_BLOCK).length > 0) return;
    report({ message: `S3 bucket ${resource.name} has no public access block; a public ACL or bucket policy would expose its objects` });
  },
  examples: {
    valid: [
      {
        name: "every setting on",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
      },
      {
        name: "account-wide block",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
`,
      },
      {
        name: "a setting from a variable is not known to be off",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = var.block_policies
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
      },
    ],
    invalid: [
      {
        name: "no block at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "no public access block" }],
      },
      {
        name: "a block that turns a setting off, in another file",
        filename: "s3.tf",
        code: `resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}
`,
        extraFiles: {
          "public-access.tf": `resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
}
`,
        },
        errors: [{ file: "public-access.tf", line: 4, column: 3, messageIncludes: "`block_public_policy`, `restrict_public_buckets` are not true" }],
      },
    ],
  },
});
