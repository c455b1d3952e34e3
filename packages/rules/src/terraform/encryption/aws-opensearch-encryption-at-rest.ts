import { defineRule, isUnknown } from "@tollgate/engine";
import { domainKind, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";
import { isFalse, isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-opensearch-encryption-at-rest",
    title: "OpenSearch / Elasticsearch domain not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description:
      "The search domain stores its indices, logs, swap files and automated snapshots unencrypted. Search indices usually copy the most queried fields of the primary data (names, emails, documents).",
    remediation: "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for a customer-managed key); older domains may first need an engine upgrade.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["opensearch", "elasticsearch", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest",
    ],
  },
  check(domain, { report }) {
    const block = singleBlock(domain.attributes, "encrypt_at_rest");
    if (block === "unknown") return;
    if (!block) {
      report({ message: `${domainKind(domain)} ${domain.name} has no encrypt_at_rest block, so its data is not encrypted at rest` });
      return;
    }
    const enabled = block.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    report({ at: isFalse(enabled) ? [...block.at, "enabled"] : block.at, message: `${domainKind(domain)} ${domain.name} is not encrypted at rest (encrypt_at_rest disabled)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name    = "catalog"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
      {
        name: "disabled",
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name    = "catalog"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = false
  }
}
`,
        errors: [{ line: 6, column: 5 }],
      },
    ],
  },
});
