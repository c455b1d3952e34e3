import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-api-gateway-domain-outdated-tls",
    title: "API Gateway custom domain accepts TLS 1.0",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_domain_name"],
    description:
      "`security_policy = \"TLS_1_0\"` lets clients call the API over TLS 1.0 and 1.1, deprecated protocol versions (RFC 8996) with weak cipher suites.",
    remediation: "Set `security_policy = \"TLS_1_2\"` (or a newer TLS 1.3 policy).",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["api-gateway", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy",
    ],
  },
  check(domain, { report }) {
    const policy = domain.attributes.security_policy;
    if (typeof policy === "string" && policy.toUpperCase() === "TLS_1_0") {
      report({ at: ["security_policy"], message: `API Gateway domain ${domain.name} accepts TLS 1.0 (security_policy = "TLS_1_0")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_2"
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_domain_name" "api" {
  domain_name     = "api.example.com"
  certificate_arn = aws_acm_certificate.api.arn
  security_policy = "TLS_1_0"
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
