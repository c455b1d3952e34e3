#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  blocksOf,
  isOutdatedCloudFrontProtocol,
  isTrue,
  isUnset,
  singleBlock
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  getPath,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-ami-public-launch-permission.ts
var aws_ami_public_launch_permission_default = defineRule({
  meta: {
    id: "aws-ami-public-launch-permission",
    title: "AMI shared publicly (launch permission for group all)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ami_launch_permission"],
    description: "The launch permission makes the AMI public: every AWS account can launch it and copy its snapshots, and with them whatever was baked into the image (application code, configuration files, credentials, SSH host keys).",
    remediation: 'Share the AMI with named accounts (`account_id`), an organisation (`organization_arn`) or an organisational unit instead of `group = "all"`, and turn on the account\'s block public access for AMIs.',
    precision: "very-high",
    cwe: ["CWE-200"],
    tags: ["ec2", "ami", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html"]
  },
  check(permission, { report }) {
    if (permission.attributes.group !== "all") return;
    report({ at: ["group"], message: `${permission.name} makes the AMI publicly accessible to every AWS account (group = "all")` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "staging" {
  image_id   = aws_ami_from_instance.golden.id
  account_id = "210987654321"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ami_launch_permission" "everyone" {
  image_id = aws_ami_from_instance.golden.id
  group    = "all"
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-api-gateway-domain-outdated-tls.ts
var aws_api_gateway_domain_outdated_tls_default = defineRule({
  meta: {
    id: "aws-api-gateway-domain-outdated-tls",
    title: "API Gateway custom domain accepts TLS 1.0",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_domain_name"],
    description: '`security_policy = "TLS_1_0"` lets clients call the API over TLS 1.0 and 1.1, deprecated protocol versions (RFC 8996) with weak cipher suites.',
    remediation: 'Set `security_policy = "TLS_1_2"` (or a newer TLS 1.3 policy).',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["api-gateway", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_domain_name#security_policy"
    ]
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
`
      }
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
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-athena-workgroup-encryption-at-rest.ts
var aws_athena_workgroup_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-athena-workgroup-encryption-at-rest",
    title: "Athena workgroup query results not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_athena_workgroup"],
    description: "The workgroup writes query results to S3 without an `encryption_configuration`, so result files, which hold whatever the queries selected, rely on the bucket's settings alone.",
    remediation: 'Add `configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS" kms_key_arn = … } } }` and set `enforce_workgroup_configuration = true` so clients cannot override it.',
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["athena", "encryption-at-rest", "sse"],
    references: [
      "https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration"
    ]
  },
  check(workgroup, { report }) {
    const configuration = singleBlock(workgroup.attributes, "configuration");
    if (configuration === "unknown") return;
    const results = configuration ? singleBlock(configuration.block, "result_configuration", configuration.at) : void 0;
    if (results === "unknown") return;
    const encryption = results ? getPath(results.block, ["encryption_configuration"]) : void 0;
    if (isUnknown(encryption)) return;
    if (Array.isArray(encryption) ? encryption.length > 0 : encryption !== void 0 && encryption !== null) return;
    report({ at: results?.at ?? configuration?.at, message: `Athena workgroup ${workgroup.name} does not encrypt query results at rest (no encryption_configuration)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://example-athena-results/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
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
        code: `resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    result_configuration {
      output_location = "s3://example-athena-results/"
    }
  }
}
`,
        errors: [{ line: 5, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-backup-vault-customer-managed-key.ts
var aws_backup_vault_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-backup-vault-customer-managed-key",
    title: "Backup vault not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_backup_vault"],
    description: "Without `kms_key_arn` the vault encrypts recovery points with the AWS-managed backup key. Backups are copies of everything worth stealing; a customer-managed key lets a key policy decide who can restore or copy them.",
    remediation: "Set `kms_key_arn` to a customer-managed KMS key when creating the vault (the key cannot be changed afterwards).",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["backup", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/backup_vault#kms_key_arn"
    ]
  },
  check(vault, { report }) {
    const key = vault.attributes.kms_key_arn;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `Backup vault ${vault.name} has no kms_key_arn: recovery points are not encrypted with a customer-managed key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name        = "daily"
  kms_key_arn = aws_kms_key.backup.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_backup_vault" "daily" {
  name = "daily"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudfront-origin-http.ts
var aws_cloudfront_origin_http_default = defineRule({
  meta: {
    id: "aws-cloudfront-origin-http",
    title: "CloudFront fetches from a custom origin over plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: '`origin_protocol_policy = "http-only"` makes CloudFront reach the origin without TLS, so requests (with their cookies and authorization headers) and responses cross the internet unencrypted between the edge and the origin, even when viewers use HTTPS. S3 website endpoints, which only speak HTTP, are not reported.',
    remediation: 'Serve the origin over HTTPS and set `origin_protocol_policy = "https-only"` with `origin_ssl_protocols = ["TLSv1.2"]`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#origin_protocol_policy"
    ]
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
`
      }
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
        errors: [{ line: 11, column: 7 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudfront-outdated-tls-version.ts
var aws_cloudfront_outdated_tls_version_default = defineRule({
  meta: {
    id: "aws-cloudfront-outdated-tls-version",
    title: "CloudFront distribution accepts TLS versions below 1.2",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: "The viewer certificate's `minimum_protocol_version` lets viewers connect with SSLv3, TLS 1.0 or TLS 1.1, which are deprecated (RFC 8996) and open to downgrade attacks.",
    remediation: 'Set `minimum_protocol_version = "TLSv1.2_2021"` in `viewer_certificate` (this needs a custom certificate from ACM).',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["cloudfront", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version"
    ]
  },
  check(distribution, { report }) {
    const certificate = singleBlock(distribution.attributes, "viewer_certificate");
    if (!certificate || certificate === "unknown") return;
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
`
      }
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
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudfront-viewer-protocol-allow-all.ts
var aws_cloudfront_viewer_protocol_allow_all_default = defineRule({
  meta: {
    id: "aws-cloudfront-viewer-protocol-allow-all",
    title: "CloudFront cache behavior allows HTTP (viewer protocol policy allow-all)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudfront_distribution"],
    description: 'With `viewer_protocol_policy = "allow-all"` viewers can fetch the content over plain HTTP, without TLS: responses and cookies can be read or rewritten by anyone on the path, and users are never moved to HTTPS.',
    remediation: 'Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) on the default and every ordered cache behavior.',
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["cloudfront", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#viewer_protocol_policy"
    ]
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
`
      }
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
          { line: 16, column: 5, messageIncludes: "/assets/*" }
        ]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-api-gateway-stage-access-logs-missing.ts
var aws_api_gateway_stage_access_logs_missing_default = defineRule({
  meta: {
    id: "aws-api-gateway-stage-access-logs-missing",
    title: "API Gateway stage without access logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    description: "API Gateway writes no access logs unless a stage names a destination. Without them there is no per-request record of callers, source addresses, authorisers' decisions and errors, so abuse of a public API cannot be traced or alerted on.",
    remediation: "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn, format = jsonencode({ … }) }` to the stage (the account also needs a CloudWatch role for REST APIs).",
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "api-gateway", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings"
    ]
  },
  check(stage, { report }) {
    const settings = blocksOf(stage.attributes, "access_log_settings");
    if (settings === void 0) return;
    const destination = settings[0]?.block.destination_arn;
    if (isUnknown(destination) || typeof destination === "string" && destination.trim() !== "") return;
    report({ message: `API Gateway stage ${stage.name} has no access logging: requests to it are not logged` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.orders_api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_apigatewayv2_stage" "prod" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "prod"
  auto_deploy = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "access logging" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-ami.ts
var rules = [
  aws_ami_public_launch_permission_default,
  aws_api_gateway_domain_outdated_tls_default,
  aws_athena_workgroup_encryption_at_rest_default,
  aws_backup_vault_customer_managed_key_default,
  aws_cloudfront_origin_http_default,
  aws_cloudfront_outdated_tls_version_default,
  aws_cloudfront_viewer_protocol_allow_all_default,
  aws_api_gateway_stage_access_logs_missing_default
];
export {
  rules
};
