import { defineRule } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudfront-origin-http",
    title: "CloudFront fetches from a custom origin over plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description:
      "`origin_protocol_policy = \"http-only\"` makes CloudFront reach the origin without TLS, so requests (with their cookies and authorization headers) and responses cross the internet unencrypted between the edge and the origin, even when viewers use HTTPS. S3 website endpoints, which only speak HTTP, are not reported.",
    remediation: "Serve the origin over HTTPS and set `origin_protocol_policy = \"https-only\"` with `origin_ssl_protocols = [\"TLSv1.2\"]`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy",
    ],
  },
  check(distribution, { report }) {
    for (const origin of blocksOf(distribution.attributes, "origin") ?? []) {
      const domain = origin.block.domain_name;
      if (typeof domain === "string" && domain.includes(".s3-website")) continue;
      for (const { block, at } of blocksOf(origin.block, "custom_origin_config", origin.at) ?? []) {
        if (block.origin_protocol_policy !== "http-only") continue;
        report({ at: [...at, "origin_protocol_policy"], message: `CloudFront distribution ${distribution.name} reaches origin ${String(origin.block.origin_id)} over plain HTTP without TLS (origin_protocol_policy = "http-only")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "api" {
  enabled = true

  origin {
    origin_id   = "api"
    domain_name = "api.example.com"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "api" {
  enabled = true

  origin {
    origin_id   = "api"
    domain_name = aws_lb.api.dns_name

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}
`,
        errors: [{ line: 11, column: 7 }],
      },
    ],
  },
});
