#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  accountBlocksPublicAccess,
  bucketOf,
  bucketSettings,
  isHardcodedSecretValue,
  isTrue,
  isUnset,
  policyAt,
  policyDocumentAt,
  readPolicy,
  unblockedSettings
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-s3-account-public-access-block-disabled.ts
var aws_s3_account_public_access_block_disabled_default = defineRule({
  meta: {
    id: "aws-s3-account-public-access-block-disabled",
    title: "S3 account-level public access block leaves settings off",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_account_public_access_block"],
    description: "The account-wide S3 public access block declares one or more of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets` as false (or leaves them at their false default). The account's safety net against a bucket made publicly accessible by mistake is then partly switched off, for every bucket at once.",
    remediation: "Set all four settings to `true`; grant the few deliberately public buckets access through CloudFront rather than public policies or ACLs.",
    precision: "very-high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block", "account"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html"]
  },
  check(block, { report }) {
    const off = unblockedSettings(block);
    if (off.length === 0) return;
    const first = off.find((setting) => block.attributes[setting] === false);
    report({
      at: first ? [first] : [],
      message: `${block.name} leaves account-wide S3 public access open: ${off.join(", ")} ${off.length === 1 ? "is" : "are"} not true`
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
`
      }
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
        errors: [{ line: 4, column: 3, messageIncludes: "block_public_policy is not true" }]
      },
      {
        name: "settings left at their default",
        filename: "main.tf",
        code: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "ignore_public_acls" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-s3-bucket-policy-public-principal.ts
var NARROWING_KEYS = /* @__PURE__ */ new Set([
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
  "s3:dataaccesspointarn"
]);
var aws_s3_bucket_policy_public_principal_default = defineRule({
  meta: {
    id: "aws-s3-bucket-policy-public-principal",
    title: "S3 bucket policy allows any principal",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description: 'A bucket policy statement allows `Principal: "*"` (or `AWS: "*"`) with no condition that limits it to a network, an organisation or an account. Anyone on the internet, signed in to any AWS account or not, gets the statement\'s actions on the bucket, and the bucket has no public access block that would stop it.',
    remediation: "Name the principals that need access (accounts, roles, the CloudFront distribution through `aws:SourceArn`), or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`. Turn on `block_public_policy` and `restrict_public_buckets` in the bucket's public access block.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"]
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
      const related = [];
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
`
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
`
      }
    ],
    invalid: [
      {
        name: 'jsonencode with AWS = "*"',
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
        errors: [{ line: 7, column: 3, messageIncludes: 'statement "PublicRead" allows anyone (Principal "*") to s3:GetObject' }]
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
        errors: [{ line: 14, column: 3, messageIncludes: "s3:PutObject" }]
      }
    ]
  }
});
function publicPolicyRestricted(graph, bucket) {
  if (accountBlocksPublicAccess(graph, bucket)) return true;
  const blocks = bucket.type === "aws_s3_bucket" ? bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block") : [];
  return blocks.some((block) => block.attributes.block_public_policy === true || block.attributes.restrict_public_buckets === true);
}
function isNarrowed(statement) {
  return Object.values(statement.conditions).some((keys) => Object.keys(keys).some((key) => NARROWING_KEYS.has(key.toLowerCase())));
}

// packages/rules/src/terraform/iam/aws-s3-bucket-public-access-not-blocked.ts
var PUBLIC_ACCESS_BLOCK = "aws_s3_bucket_public_access_block";
var aws_s3_bucket_public_access_not_blocked_default = defineRule({
  meta: {
    id: "aws-s3-bucket-public-access-not-blocked",
    title: "S3 bucket without a public access block that blocks all four settings",
    severity: "medium",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", PUBLIC_ACCESS_BLOCK],
    description: "No `aws_s3_bucket_public_access_block` for the bucket (and no account-wide `aws_s3_account_public_access_block`) turns on all four of `block_public_acls`, `ignore_public_acls`, `block_public_policy` and `restrict_public_buckets`. Then one public ACL or bucket policy statement, written by mistake or by a compromised pipeline, is enough to publish the bucket's objects to the internet.",
    remediation: "Add an `aws_s3_bucket_public_access_block` for the bucket with the four settings set to `true`, or one `aws_s3_account_public_access_block` for the account. Serve public content through CloudFront with origin access control instead of a public bucket.",
    precision: "high",
    cwe: ["CWE-732"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.4"] },
    tags: ["s3", "public-access-block"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"]
  },
  check(resource, { graph, report }) {
    if (accountBlocksPublicAccess(graph, resource)) return;
    if (resource.type === PUBLIC_ACCESS_BLOCK) {
      const off = unblockedSettings(resource);
      if (off.length === 0) return;
      const bucket = bucketOf(graph, resource);
      const first = off[0];
      report({
        at: resource.attributes[first] === false ? [first] : [],
        message: `${resource.name} leaves public access open: ${off.map((setting) => `\`${setting}\``).join(", ")} ${off.length === 1 ? "is" : "are"} not true`,
        related: bucket ? [{ resource: bucket.id, message: `the bucket ${bucket.name}` }] : []
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
`
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
`
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
`
      }
    ],
    invalid: [
      {
        name: "no block at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "no public access block" }]
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
`
        },
        errors: [{ file: "public-access.tf", line: 4, column: 3, messageIncludes: "`block_public_policy`, `restrict_public_buckets` are not true" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-s3-bucket-public-acl.ts
var PUBLIC_CANNED_ACLS = /* @__PURE__ */ new Map([
  ["public-read", "anyone on the internet can read"],
  ["public-read-write", "anyone on the internet can read and write"],
  ["authenticated-read", "any AWS account can read"]
]);
var PUBLIC_GROUPS = /* @__PURE__ */ new Map([
  ["http://acs.amazonaws.com/groups/global/AllUsers", "AllUsers (anyone on the internet)"],
  ["http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "AuthenticatedUsers (any AWS account)"]
]);
var aws_s3_bucket_public_acl_default = defineRule({
  meta: {
    id: "aws-s3-bucket-public-acl",
    title: "S3 bucket or object has a public ACL (public-read, public-read-write, AllUsers)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_object", "aws_s3_bucket_object"],
    description: "The ACL is `public-read`, `public-read-write` or `authenticated-read`, or grants the `AllUsers` or `AuthenticatedUsers` group: the data is publicly accessible to anyone on the internet (or to every AWS account), and `public-read-write` lets anyone overwrite or plant objects.",
    remediation: 'Use the `private` ACL (or disable ACLs with `object_ownership = "BucketOwnerEnforced"`), turn on the bucket\'s public access block, and serve public content through CloudFront with origin access control.',
    precision: "very-high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-acl", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"
    ]
  },
  check(resource, { graph, report }) {
    if (publicAclsIgnored(graph, resource)) return;
    const acl = resource.attributes.acl;
    if (typeof acl === "string" && PUBLIC_CANNED_ACLS.has(acl)) {
      report({ at: ["acl"], message: `${resource.name} has the public ACL "${acl}": ${PUBLIC_CANNED_ACLS.get(acl)}` });
      return;
    }
    for (const grant of publicGrants(resource)) {
      report({ at: grant.at, message: `${resource.name} has a public ACL grant to ${PUBLIC_GROUPS.get(grant.uri)}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`
      }
    ],
    invalid: [
      {
        name: "canned ACL on the bucket (AWS provider v3)",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
  acl    = "public-read"
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "anyone on the internet can read" }]
      },
      {
        name: "explicit grant to AllUsers",
        filename: "main.tf",
        code: `resource "aws_s3_bucket_acl" "media" {
  bucket = aws_s3_bucket.media.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
`,
        errors: [{ line: 7, column: 9, messageIncludes: "AllUsers" }]
      }
    ]
  }
});
function publicGrants(resource) {
  const found = [];
  const visit = (grants, base, uriKey) => {
    asList(grants).forEach((grant, index) => {
      if (!isObject(grant)) return;
      if (uriKey === "uri") {
        if (typeof grant.uri === "string" && PUBLIC_GROUPS.has(grant.uri)) found.push({ at: [...base, index, "uri"], uri: grant.uri });
        return;
      }
      asList(grant.grantee).forEach((grantee, granteeIndex) => {
        if (isObject(grantee) && typeof grantee.uri === "string" && PUBLIC_GROUPS.has(grantee.uri)) {
          found.push({ at: [...base, index, "grantee", granteeIndex, "uri"], uri: grantee.uri });
        }
      });
    });
  };
  if (resource.type === "aws_s3_bucket") visit(resource.attributes.grant, ["grant"], "uri");
  if (resource.type === "aws_s3_bucket_acl") {
    asList(resource.attributes.access_control_policy).forEach((policy, index) => {
      if (isObject(policy)) visit(policy.grant, ["access_control_policy", index, "grant"], "grantee");
    });
  }
  return found;
}
function publicAclsIgnored(graph, resource) {
  const bucket = resource.type === "aws_s3_bucket" ? resource : bucketOf(graph, resource);
  const group = resource.id.slice(0, resource.id.indexOf("::"));
  const accountWide = graph.ofType("aws_s3_account_public_access_block").some((block) => block.id.slice(0, block.id.indexOf("::")) === group && isTrue(block.attributes.ignore_public_acls));
  if (accountWide) return true;
  if (!bucket) return false;
  return bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block").some((block) => isTrue(block.attributes.ignore_public_acls));
}

// packages/rules/src/terraform/iam/aws-secretsmanager-secret-hardcoded-value.ts
var aws_secretsmanager_secret_hardcoded_value_default = defineRule({
  meta: {
    id: "aws-secretsmanager-secret-hardcoded-value",
    title: "Hardcoded secret value in a Secrets Manager secret version",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_secretsmanager_secret_version"],
    description: "`secret_string` is a literal in the configuration. Keeping the value in Secrets Manager protects nothing when the same value is committed to the repository next to it and stored in the Terraform state.",
    remediation: "Generate the value (`random_password`, or `manage_master_user_password` for databases), or create the secret empty in Terraform and set its value out of band (with `lifecycle { ignore_changes = [secret_string] }`); turn on rotation.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "secrets-manager"],
    references: [
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_version",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"
    ]
  },
  check(version, { report }) {
    if (ignoresValueChanges(version.attributes.lifecycle)) return;
    if (!isHardcodedSecretValue(version.attributes.secret_string)) return;
    report({ at: ["secret_string"], message: `${version.name}: secret_string is a hardcoded secret value in the configuration` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = random_password.partner.result })
}
`
      },
      {
        name: "placeholder replaced out of band",
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = "set-by-the-partner-onboarding-runbook"

  lifecycle {
    ignore_changes = [secret_string]
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_secretsmanager_secret_version" "partner" {
  secret_id     = aws_secretsmanager_secret.partner.id
  secret_string = jsonencode({ username = "orders", password = "Part-ner-2024" })
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});
function ignoresValueChanges(lifecycle) {
  return asList(lifecycle).some((block) => {
    if (!isObject(block)) return false;
    const ignored = block.ignore_changes;
    return ignored === "all" || Array.isArray(ignored) && ignored.some((item) => isUnknown(item) || typeof item === "string" && /secret_string|^all$/.test(item));
  });
}

// packages/rules/src/terraform/encryption/aws-s3-bucket-policy-allows-insecure-transport.ts
var aws_s3_bucket_policy_allows_insecure_transport_default = defineRule({
  meta: {
    id: "aws-s3-bucket-policy-allows-insecure-transport",
    title: "S3 bucket policy does not deny requests without TLS (aws:SecureTransport)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
    description: "The bucket has a policy, but no statement denies requests made over plain HTTP (`aws:SecureTransport` = `false`). S3 accepts unencrypted HTTP requests, so credentials' signatures and object contents can cross the network in clear text, open to interception and tampering.",
    remediation: 'Add a statement with `Effect = "Deny"`, `Principal = "*"`, `Action = "s3:*"`, the bucket and `bucket/*` as resources, and `Condition = { Bool = { "aws:SecureTransport" = "false" } }`.',
    precision: "high",
    cwe: ["CWE-319"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.1.1"] },
    tags: ["s3", "encryption-in-transit", "tls"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"]
  },
  check(resource, { graph, report }) {
    const policy = policyAt(graph, resource, ["policy"]);
    if (!policy || policy.statements.length === 0) return;
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
`
      },
      {
        name: "no bucket policy at all",
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
`
      }
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
        errors: [{ line: 14, column: 3, messageIncludes: "aws:SecureTransport" }]
      }
    ]
  }
});
function deniesInsecureTransport(statement) {
  if (statement.effect !== "Deny") return false;
  return Object.entries(statement.conditions).some(
    ([operator, keys]) => /^bool(ifexists)?$/i.test(operator) && Object.entries(keys).some(([key, values]) => key.toLowerCase() === "aws:securetransport" && values.some((value) => value.toLowerCase() === "false"))
  );
}

// packages/rules/src/terraform/encryption/aws-s3-encryption-at-rest.ts
var SEPARATE_CONFIGURATION = "aws_s3_bucket_server_side_encryption_configuration";
var aws_s3_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-s3-encryption-at-rest",
    title: "S3 bucket without server-side encryption",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "The bucket declares no server-side encryption, neither inline (`server_side_encryption_configuration`) nor through an `aws_s3_bucket_server_side_encryption_configuration` resource that refers to it. Objects then rely on the account default, and nothing in code shows which key protects them or who may use it.",
    remediation: 'Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `sse_algorithm = "aws:kms"` and a customer-managed key (or at least `AES256`).',
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 1.4.0": ["2.1.1"] },
    tags: ["s3", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html"]
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
`
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
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_s3_bucket" "exports" {
  bucket = "exports"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-sagemaker-notebook-customer-managed-key.ts
var aws_sagemaker_notebook_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-sagemaker-notebook-customer-managed-key",
    title: "SageMaker notebook volume not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description: "Without `kms_key_id` the notebook's storage volume, which holds datasets, notebooks and cached credentials, is encrypted with an AWS-managed key whose use the account cannot restrict.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key when creating the notebook instance.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["sagemaker", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id"
    ]
  },
  check(notebook, { report }) {
    const key = notebook.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `SageMaker notebook ${notebook.name} has no kms_key_id: its volume is not encrypted at rest with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.sagemaker.arn
  direct_internet_access = "Disabled"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-sagemaker-notebook-direct-internet-access.ts
var aws_sagemaker_notebook_direct_internet_access_default = defineRule({
  meta: {
    id: "aws-sagemaker-notebook-direct-internet-access",
    title: "SageMaker notebook instance has direct internet access",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_sagemaker_notebook_instance"],
    description: "Direct internet access (the default) gives the notebook a network path to the internet that bypasses the VPC's controls, so code run in it can download anything and send data anywhere.",
    remediation: 'Set `direct_internet_access = "Disabled"` with `subnet_id` and `security_groups`, and reach the internet, if needed, through a NAT gateway or VPC endpoints you control.',
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["sagemaker", "network-exposure", "internet"],
    references: [
      "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access"
    ]
  },
  check(notebook, { report }) {
    const access = notebook.attributes.direct_internet_access;
    if (isUnknown(access)) return;
    if (access === void 0 || access === null) {
      report({ message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access defaults to "Enabled")` });
    } else if (access === "Enabled") {
      report({ at: ["direct_internet_access"], message: `SageMaker notebook ${notebook.name} has direct internet access (direct_internet_access = "Enabled")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  direct_internet_access = "Disabled"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}
`,
        errors: [{ line: 5, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-s3.ts
var rules = [
  aws_s3_account_public_access_block_disabled_default,
  aws_s3_bucket_policy_public_principal_default,
  aws_s3_bucket_public_access_not_blocked_default,
  aws_s3_bucket_public_acl_default,
  aws_secretsmanager_secret_hardcoded_value_default,
  aws_s3_bucket_policy_allows_insecure_transport_default,
  aws_s3_encryption_at_rest_default,
  aws_sagemaker_notebook_customer_managed_key_default,
  aws_sagemaker_notebook_direct_internet_access_default
];
export {
  rules
};
