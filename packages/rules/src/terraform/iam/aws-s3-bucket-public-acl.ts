import { asList, defineRule, isObject, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { bucketOf, bucketSettings } from "../../support/s3-bucket.js";
import { isTrue } from "../../support/terraform-values.js";

/** Canned ACLs that open a bucket or object to everyone, or to every AWS account. */
const PUBLIC_CANNED_ACLS: ReadonlyMap<string, string> = new Map([
  ["public-read", "anyone on the internet can read"],
  ["public-read-write", "anyone on the internet can read and write"],
  ["authenticated-read", "any AWS account can read"],
]);

/** Grantee groups of the same meaning in explicit grants. */
const PUBLIC_GROUPS: ReadonlyMap<string, string> = new Map([
  ["http://acs.amazonaws.com/groups/global/AllUsers", "AllUsers (anyone on the internet)"],
  ["http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "AuthenticatedUsers (any AWS account)"],
]);

export default defineRule({
  meta: {
    id: "aws-s3-bucket-public-acl",
    title: "S3 bucket or object has a public ACL (public-read, public-read-write, AllUsers)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_object", "aws_s3_bucket_object"],
    description:
      "The ACL is `public-read`, `public-read-write` or `authenticated-read`, or grants the `AllUsers` or `AuthenticatedUsers` group: the data is publicly accessible to anyone on the internet (or to every AWS account), and `public-read-write` lets anyone overwrite or plant objects.",
    remediation:
      "Use the `private` ACL (or disable ACLs with `object_ownership = \"BucketOwnerEnforced\"`), turn on the bucket's public access block, and serve public content through CloudFront with origin access control.",
    precision: "very-high",
    cwe: ["CWE-732"],
    tags: ["s3", "public-acl", "public-access-policy"],
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
    ],
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
`,
      },
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
        errors: [{ line: 3, column: 3, messageIncludes: "anyone on the internet can read" }],
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
        errors: [{ line: 7, column: 9, messageIncludes: "AllUsers" }],
      },
    ],
  },
});

/** Grants to the public groups: `grant` blocks of a v3 bucket, `access_control_policy.grant` of `aws_s3_bucket_acl`. */
function publicGrants(resource: Resource): Array<{ at: AttributePath; uri: string }> {
  const found: Array<{ at: AttributePath; uri: string }> = [];
  const visit = (grants: unknown, base: AttributePath, uriKey: "uri" | "grantee") => {
    asList(grants as never).forEach((grant, index) => {
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

/** A public access block with `ignore_public_acls` makes S3 disregard public ACLs on the bucket. */
function publicAclsIgnored(graph: ResourceGraph, resource: Resource): boolean {
  const bucket = resource.type === "aws_s3_bucket" ? resource : bucketOf(graph, resource);
  const group = resource.id.slice(0, resource.id.indexOf("::"));
  const accountWide = graph
    .ofType("aws_s3_account_public_access_block")
    .some((block) => block.id.slice(0, block.id.indexOf("::")) === group && isTrue(block.attributes.ignore_public_acls));
  if (accountWide) return true;
  if (!bucket) return false;
  return bucketSettings(graph, bucket, "aws_s3_bucket_public_access_block").some((block) => isTrue(block.attributes.ignore_public_acls));
}
