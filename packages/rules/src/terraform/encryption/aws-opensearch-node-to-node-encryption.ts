import { defineRule, isUnknown } from "@tollgate/engine";
import { domainKind, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";
import { isFalse, isTrue, singleBlock } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-opensearch-node-to-node-encryption",
    title: "OpenSearch / Elasticsearch domain without node-to-node encryption (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description:
      "Nodes of the domain exchange index data and search results without TLS, so traffic inside the cluster can be read by anything that can observe the VPC network. Node-to-node encryption is also a prerequisite for fine-grained access control.",
    remediation: "Add `node_to_node_encryption { enabled = true }`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption",
    ],
  },
  check(domain, { report }) {
    const block = singleBlock(domain.attributes, "node_to_node_encryption");
    if (block === "unknown") return;
    if (!block) {
      report({ message: `${domainKind(domain)} ${domain.name} has no node-to-node encryption: traffic between nodes is not protected by TLS` });
      return;
    }
    const enabled = block.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    report({ at: isFalse(enabled) ? [...block.at, "enabled"] : block.at, message: `${domainKind(domain)} ${domain.name} has node-to-node encryption turned off: traffic between nodes is not protected by TLS` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  node_to_node_encryption {
    enabled = true
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

  node_to_node_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 5, column: 5 }],
      },
      {
        name: "not configured",
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
