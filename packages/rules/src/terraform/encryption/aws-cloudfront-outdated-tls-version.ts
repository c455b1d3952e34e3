import { defineRule } from "@tollgate/engine";
import { isOutdatedCloudFrontProtocol } from "../../support/tls-policies.js";
import { isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-cloudfront-outdated-tls-version",
    title: "CloudFront distribution accepts TLS versions below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description:
      "The viewer certificate's `minimum_protocol_version` lets viewers connect with SSLv3, TLS 1.0 or TLS 1.1, which are deprecated (RFC 8996) and open to downgrade attacks.",
    remediation: "Set `minimum_protocol_version = \"TLSv1.2_2021\"` in `viewer_certificate` (this needs a custom certificate from ACM).",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["cloudfront", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version",
    ],
  },
  check(distribution, { report }) {
    const certificate = singleBlock(distribution.attributes, "viewer_certificate");
    if (!certificate || certificate === "unknown") return;
    // With the default *.cloudfront.net certificate the minimum version cannot be chosen.
    if (isTrue(certificate.block.cloudfront_default_certificate)) return;
    const version = certificate.block.minimum_protocol_version;
    if (isOutdatedCloudFrontProtocol(version)) {
      report({ at: [...certificate.at, "minimum_protocol_version"], message: `CloudFront distribution ${distribution.name} accepts viewers on outdated TLS/SSL (minimum_protocol_version = "${version}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudfront_distribution" "site" {
  enabled = true

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
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

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1_2016"
  }
}
`,
        errors: [{ line: 7, column: 5 }],
      },
    ],
  },
});
