import { defineRule } from "@tollgate/engine";
import { domainKind, isInVpc, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";

export default defineRule({
  meta: {
    id: "aws-opensearch-not-in-vpc",
    title: "OpenSearch / Elasticsearch domain has a public endpoint (not in a VPC)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description:
      "Without `vpc_options` the domain gets a public endpoint reachable from the internet; only its access policy decides who gets in, and no security group or network control applies. Public search clusters are a frequent source of data leaks.",
    remediation: "Create the domain inside the VPC with `vpc_options { subnet_ids = […] security_group_ids = […] }` (this requires a new domain) and reach it through private networking.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["opensearch", "elasticsearch", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options",
    ],
  },
  check(domain, { report }) {
    if (isInVpc(domain) !== false) return;
    report({ message: `${domainKind(domain)} ${domain.name} is not in a VPC: its endpoint is public, reachable from the internet` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"

  vpc_options {
    subnet_ids         = [aws_subnet.private_a.id]
    security_group_ids = [aws_security_group.search.id]
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

  cluster_config {
    instance_type = "t3.small.elasticsearch"
  }
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
