import { defineRule, policyDocumentAt, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { readPolicy, type PolicyStatement } from "../../support/iam-policy.js";
import { accountBlocksPublicAccess, bucketOf, bucketSettings } from "../../support/s3-bucket.js";

/** Condition keys that pin a statement to a network, an organisation, an account or a calling resource. */
const NARROWING_KEYS: ReadonlySet<string> = new Set([
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "aws:calledvia",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn",
]);

export default defineRule({
  meta: {
    id: "aws-s3-bucket-policy-public-principal",
    title: "S3 bucket policy allows any principal",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description:
      "A bucket policy statement allows `Principal: \"*\"` (or `AWS: \"*\"`) with no condition that limits it to a network, an organisation or an account. Anyone on the internet, signed in to any AWS account or not, gets the statement's actions on the bucket, and the bucket has no public access block that would stop it.",
    remediation:
      "Name the principals that need access (accounts, roles, the CloudFront distribution through `aws:SourceArn`), or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`. Turn on `block_public_policy` and `restrict_public_buckets` in the bucket's public access block.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"],
  },
  check(resource, { graph, report }) {
    const policy = policyDocumentAt(graph, resource, ["policy"]);
    if (!policy) return;
    const bucket = resource.type === "aws_s3_bucket" ? resource : bucketOf(graph, resource);
    if (publicPolicyRestricted(graph, bucket ?? resource)) return;
    for (const statement of readPolicy(policy.document) ?? []) {
      if (statement.partial || statement.effect !== "Allow" || statement.principal !== "*" || isNarrowed(statement)) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      const actions = statement.actions.length > 0 ? statement.actions.join(", ") : "everything but NotAction";
      const related: Array<{ resource: string; at?: AttributePath; message: string }> = [];
      if (policy.resource !== resource) related.push({ resource: policy.resource.id, at: policy.statementAt(statement.index), message: `${label} of ${policy.resource.name}` });
      if (bucket && bucket !== resource) related.push({ resource: bucket.id, message: `the bucket ${bucket.name}` });
      report({ at: ["policy"], message: `${resource.name}: ${label} allows anyone (Principal "*") to ${actions}`, related });
    }
  },
  examples: {
    valid: [
      {
        name: "public principal narrowed to the organisation; a deny for anyone",
        filename: "main.tf",
        code: `resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::acme-shared/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "arn:aws:s3:::acme-shared/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}
`,
      },
      {
        name: "the bucket's public access block restricts public policies",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}
`,
      },
    ],
    invalid: [
      {
        name: "jsonencode with AWS = \"*\"",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Sid = "PublicRead", Effect = "Allow", Principal = { AWS = "*" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}
`,
        errors: [{ line: 7, column: 3, messageIncludes: 'statement "PublicRead" allows anyone (Principal "*") to s3:GetObject' }],
      },
      {
        name: "a policy document data source",
        filename: "main.tf",
        code: `data "aws_iam_policy_document" "uploads" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::acme-uploads/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = "acme-uploads"
  policy = data.aws_iam_policy_document.uploads.json
}
`,
        errors: [{ line: 14, column: 3, messageIncludes: "s3:PutObject" }],
      },
    ],
  },
});

/** A bucket whose public access block (or the account's) makes AWS refuse or ignore public policies. */
function publicPolicyRestricted(graph: ResourceGraph, bucket: Resource): boolean {
  if (accountBlocksPublicAccess(graph, bucket)) return true;
  const blocks = bucket.type === "aws_s3_bucket" ? bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block") : [];
  return blocks.some((block) => block.attributes.block_public_policy === true || block.attributes.restrict_public_buckets === true);
}

function isNarrowed(statement: PolicyStatement): boolean {
  return Object.values(statement.conditions).some((keys) => Object.keys(keys).some((key) => NARROWING_KEYS.has(key.toLowerCase())));
}
