import { defineRule } from "@tollgate/engine";
import { unblockedSettings } from "../../support/s3-bucket.js";

export default defineRule({
  meta: {
    id: "aws-s3-account-public-access-block-disabled",
    title: "S3 account-level public access block leaves settings off",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_account_public_access_block"],
    description:
      "The account-wide S3 public access block declares one or more of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets` as false (or leaves them at their false default). The account's safety net against a bucket made publicly accessible by mistake is then partly switched off, for every bucket at once.",
    remediation: "Set all four settings to `true`; grant the few deliberately public buckets access through CloudFront rather than public policies or ACLs.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block", "account"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html"],
  },
  check(block, { report }) {
    const off = unblockedSettings(block);
    if (off.length === 0) return;
    const first = off.find((setting) => block.attributes[setting] === false);
    report({
      at: first ? [first] : [],
      message: `${block.name} leaves account-wide S3 public access open: ${off.join(", ")} ${off.length === 1 ? "is" : "are"} not true`,
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
      },
    ],
    invalid: [
      {
        name: "a setting turned off",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = true
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "block_public_policy is not true" }],
      },
      {
        name: "settings left at their default",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "ignore_public_acls" }],
      },
    ],
  },
});
