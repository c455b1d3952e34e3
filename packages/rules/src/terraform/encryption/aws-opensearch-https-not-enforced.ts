import { defineRule } from "@tollgate/engine";
import { domainKind, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";
import { isFalse, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-opensearch-https-not-enforced",
    title: "OpenSearch / Elasticsearch domain does not enforce HTTPS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description:
      "The domain endpoint accepts plain HTTP, so queries, indexed documents and signed requests can travel without TLS. Without a `domain_endpoint_options` block the service does not require HTTPS.",
    remediation: "Add `domain_endpoint_options { enforce_https = true tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\" }`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#enforce_https",
    ],
  },
  check(domain, { report }) {
    const options = singleBlock(domain.attributes, "domain_endpoint_options");
    if (options === "unknown") return;
    if (!options) {
      report({ message: `${domainKind(domain)} ${domain.name} does not enforce HTTPS (no domain_endpoint_options)` });
    } else if (isFalse(options.block.enforce_https)) {
      report({ at: [...options.at, "enforce_https"], message: `${domainKind(domain)} ${domain.name} does not enforce HTTPS (enforce_https = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  domain_endpoint_options {
    enforce_https = false
  }
}
`,
        errors: [{ line: 5, column: 5 }],
      },
      {
        name: "no endpoint options",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
