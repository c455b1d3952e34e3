import { defineRule } from "@tollgate/engine";
import { domainKind, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";
import { OPENSEARCH_TLS_1_0_POLICY } from "../../support/tls-policies.js";
import { singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-opensearch-outdated-tls-policy",
    title: "OpenSearch / Elasticsearch domain accepts TLS 1.0 and 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description:
      "The endpoint's TLS security policy `Policy-Min-TLS-1-0-2019-07` still negotiates TLS 1.0 and 1.1, protocol versions with known weaknesses that are deprecated by the IETF (RFC 8996).",
    remediation: "Set `tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"` (or a newer TLS 1.2/1.3 policy) in `domain_endpoint_options`.",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy",
    ],
  },
  check(domain, { report }) {
    const options = singleBlock(domain.attributes, "domain_endpoint_options");
    if (!options || options === "unknown") return;
    if (options.block.tls_security_policy === OPENSEARCH_TLS_1_0_POLICY) {
      report({ at: [...options.at, "tls_security_policy"], message: `${domainKind(domain)} ${domain.name} accepts TLS 1.0 and 1.1 (tls_security_policy = "${OPENSEARCH_TLS_1_0_POLICY}")` });
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
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
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
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
`,
        errors: [{ line: 6, column: 5 }],
      },
    ],
  },
});
