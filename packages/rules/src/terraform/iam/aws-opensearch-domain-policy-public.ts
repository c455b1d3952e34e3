import { defineRule, policyDocumentAt, referencedThrough, type Resource } from "@tollgate/engine";
import { readPolicy } from "../../support/iam-policy.js";
import { domainKind, isInVpc, SEARCH_DOMAIN_TYPES } from "../../support/opensearch.js";

const POLICY_TYPES = ["aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"];

export default defineRule({
  meta: {
    id: "aws-opensearch-domain-policy-public",
    title: "OpenSearch / Elasticsearch domain access policy allows any principal (public)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...SEARCH_DOMAIN_TYPES, ...POLICY_TYPES],
    description:
      "The domain's access policy allows `Principal: \"*\"` without any condition, and the domain has a public endpoint (it is not in a VPC). Anyone on the internet can then send unsigned requests to read, write or delete its indices.",
    remediation:
      "Grant access to specific IAM roles or users, or restrict the statement with an `aws:SourceIp` condition; better, move the domain into a VPC and enable fine-grained access control.",
    precision: "high",
    cwe: ["CWE-284", "CWE-732"],
    tags: ["opensearch", "elasticsearch", "public-access", "resource-policy"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy",
    ],
  },
  check(resource, { graph, report }) {
    let domain: Resource | undefined = resource;
    if (POLICY_TYPES.includes(resource.type)) {
      const domains = referencedThrough(graph, resource, ["domain_name"]).filter((target) => SEARCH_DOMAIN_TYPES.includes(target.type));
      domain = domains.length === 1 ? domains[0] : undefined;
    }
    // Inside a VPC, an open policy is the documented pattern: security groups control who reaches the endpoint.
    if (domain && isInVpc(domain) !== false) return;
    const policy = policyDocumentAt(graph, resource, ["access_policies"]);
    if (!policy) return;
    const statements = readPolicy(policy.document) ?? [];
    for (const statement of statements) {
      if (statement.effect !== "Allow" || statement.principal !== "*" || Object.keys(statement.conditions).length > 0 || statement.partial) continue;
      const what = domain ? `${domainKind(domain)} ${domain.name}` : `Domain policy ${resource.name}`;
      const related = policy.resource.id === resource.id ? undefined : [{ resource: policy.resource.id, at: policy.statementAt(statement.index), message: "statement that allows any principal" }];
      report({ at: ["access_policies"], message: `${what} is public: its access policy allows any principal ("*") without conditions`, related });
      return;
    }
  },
  examples: {
    valid: [
      {
        name: "access limited to a role",
        filename: "main.tf",
        code: `resource "aws_opensearch_domain" "search" {
  domain_name = "catalog"
}

resource "aws_opensearch_domain_policy" "search" {
  domain_name = aws_opensearch_domain.search.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/catalog-indexer" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/catalog/*"
    }]
  })
}
`,
      },
    ],
    invalid: [
      {
        name: "policy document data source with Principal *",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["es:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_elasticsearch_domain_policy" "logs" {
  domain_name     = aws_elasticsearch_domain.logs.domain_name
  access_policies = data.aws_iam_policy_document.logs.json
}
`,
        errors: [{ line: 18, column: 3, messageIncludes: "is public" }],
      },
    ],
  },
});
