import { defineRule } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudfront-viewer-protocol-allow-all",
    title: "CloudFront cache behavior allows HTTP (viewer protocol policy allow-all)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description:
      "With `viewer_protocol_policy = \"allow-all\"` viewers can fetch the content over plain HTTP, without TLS: responses and cookies can be read or rewritten by anyone on the path, and users are never moved to HTTPS.",
    remediation: "Set `viewer_protocol_policy = \"redirect-to-https\"` (or `\"https-only\"`) on the default and every ordered cache behavior.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy",
    ],
  },
  check(distribution, { report }) {
    for (const key of ["default_cache_behavior", "ordered_cache_behavior"]) {
      for (const { block, at } of blocksOf(distribution.attributes, key) ?? []) {
        if (block.viewer_protocol_policy !== "allow-all") continue;
        const pattern = typeof block.path_pattern === "string" ? ` for ${block.path_pattern}` : "";
        report({ at: [...at, "viewer_protocol_policy"], message: `CloudFront distribution ${distribution.name} serves viewers over plain HTTP${pattern} (viewer_protocol_policy = "allow-all")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
  }

  ordered_cache_behavior {
    path_pattern           = "/assets/*"
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all"
  }
}
`,
        errors: [
          { line: 8, column: 5 },
          { line: 16, column: 5, messageIncludes: "/assets/*" },
        ],
      },
    ],
  },
});
