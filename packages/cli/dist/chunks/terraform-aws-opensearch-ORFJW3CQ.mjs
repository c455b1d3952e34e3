#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  OPENSEARCH_TLS_1_0_POLICY,
  SEARCH_DOMAIN_TYPES,
  domainKind,
  isFalse,
  isInVpc,
  isTrue,
  policyDocumentAt,
  readPolicy,
  singleBlock
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule,
  referencedThrough
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-opensearch-domain-policy-public.ts
var POLICY_TYPES = ["aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"];
var aws_opensearch_domain_policy_public_default = defineRule({
  meta: {
    id: "aws-opensearch-domain-policy-public",
    title: "OpenSearch / Elasticsearch domain access policy allows any principal (public)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: [...SEARCH_DOMAIN_TYPES, ...POLICY_TYPES],
    description: 'The domain\'s access policy allows `Principal: "*"` without any condition, and the domain has a public endpoint (it is not in a VPC). Anyone on the internet can then send unsigned requests to read, write or delete its indices.',
    remediation: "Grant access to specific IAM roles or users, or restrict the statement with an `aws:SourceIp` condition; better, move the domain into a VPC and enable fine-grained access control.",
    precision: "high",
    cwe: ["CWE-284", "CWE-732"],
    tags: ["opensearch", "elasticsearch", "public-access", "resource-policy"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain_policy"
    ]
  },
  check(resource, { graph, report }) {
    let domain = resource;
    if (POLICY_TYPES.includes(resource.type)) {
      const domains = referencedThrough(graph, resource, ["domain_name"]).filter((target) => SEARCH_DOMAIN_TYPES.includes(target.type));
      domain = domains.length === 1 ? domains[0] : void 0;
    }
    if (domain && isInVpc(domain) !== false) return;
    const policy = policyDocumentAt(graph, resource, ["access_policies"]);
    if (!policy) return;
    const statements = readPolicy(policy.document) ?? [];
    for (const statement of statements) {
      if (statement.effect !== "Allow" || statement.principal !== "*" || Object.keys(statement.conditions).length > 0 || statement.partial) continue;
      const what = domain ? `${domainKind(domain)} ${domain.name}` : `Domain policy ${resource.name}`;
      const related = policy.resource.id === resource.id ? void 0 : [{ resource: policy.resource.id, at: policy.statementAt(statement.index), message: "statement that allows any principal" }];
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
`
      }
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
        errors: [{ line: 18, column: 3, messageIncludes: "is public" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-encryption-at-rest.ts
var aws_opensearch_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-opensearch-encryption-at-rest",
    title: "OpenSearch / Elasticsearch domain not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The search domain stores its indices, logs, swap files and automated snapshots unencrypted. Search indices usually copy the most queried fields of the primary data (names, emails, documents).",
    remediation: "Add `encrypt_at_rest { enabled = true }` (with `kms_key_id` for a customer-managed key); older domains may first need an engine upgrade.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["opensearch", "elasticsearch", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest"
    ]
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
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"
}
`,
        errors: [{ line: 1, column: 1 }]
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
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-https-not-enforced.ts
var aws_opensearch_https_not_enforced_default = defineRule({
  meta: {
    id: "aws-opensearch-https-not-enforced",
    title: "OpenSearch / Elasticsearch domain does not enforce HTTPS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The domain endpoint accepts plain HTTP, so queries, indexed documents and signed requests can travel without TLS. Without a `domain_endpoint_options` block the service does not require HTTPS.",
    remediation: 'Add `domain_endpoint_options { enforce_https = true tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }`.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "https"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#enforce_https"
    ]
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
`
      }
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
        errors: [{ line: 5, column: 5 }]
      },
      {
        name: "no endpoint options",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-node-to-node-encryption.ts
var aws_opensearch_node_to_node_encryption_default = defineRule({
  meta: {
    id: "aws-opensearch-node-to-node-encryption",
    title: "OpenSearch / Elasticsearch domain without node-to-node encryption (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "Nodes of the domain exchange index data and search results without TLS, so traffic inside the cluster can be read by anything that can observe the VPC network. Node-to-node encryption is also a prerequisite for fine-grained access control.",
    remediation: "Add `node_to_node_encryption { enabled = true }`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption"
    ]
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
`
      }
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
        errors: [{ line: 5, column: 5 }]
      },
      {
        name: "not configured",
        filename: "main.tf",
        code: `resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-opensearch-outdated-tls-policy.ts
var aws_opensearch_outdated_tls_policy_default = defineRule({
  meta: {
    id: "aws-opensearch-outdated-tls-policy",
    title: "OpenSearch / Elasticsearch domain accepts TLS 1.0 and 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "The endpoint's TLS security policy `Policy-Min-TLS-1-0-2019-07` still negotiates TLS 1.0 and 1.1, protocol versions with known weaknesses that are deprecated by the IETF (RFC 8996).",
    remediation: 'Set `tls_security_policy = "Policy-Min-TLS-1-2-2019-07"` (or a newer TLS 1.2/1.3 policy) in `domain_endpoint_options`.',
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["opensearch", "elasticsearch", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#tls_security_policy"
    ]
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
`
      }
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
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-redshift-encryption-at-rest.ts
var aws_redshift_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-redshift-encryption-at-rest",
    title: "Redshift cluster explicitly not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description: "`encrypted = false` keeps the data warehouse's blocks and snapshots unencrypted. New provisioned clusters are encrypted by AWS when nothing is said, so only an explicit `false` (kept from an older cluster or provider) leaves the data in clear.",
    remediation: "Set `encrypted = true` with `kms_key_id` pointing at a customer-managed KMS key; Redshift migrates an existing cluster to encrypted storage in place.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["redshift", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted"
    ]
  },
  check(cluster, { report }) {
    if (isFalse(cluster.attributes.encrypted)) {
      report({ at: ["encrypted"], message: `Redshift cluster ${cluster.name} is not encrypted at rest (encrypted = false)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
  encrypted          = true
  kms_key_id         = aws_kms_key.redshift.arn
}
`
      },
      {
        name: "encrypted by default when unset",
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "ra3.xlplus"
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "analytics"
  node_type          = "dc2.large"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-opensearch-not-in-vpc.ts
var aws_opensearch_not_in_vpc_default = defineRule({
  meta: {
    id: "aws-opensearch-not-in-vpc",
    title: "OpenSearch / Elasticsearch domain has a public endpoint (not in a VPC)",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: SEARCH_DOMAIN_TYPES,
    description: "Without `vpc_options` the domain gets a public endpoint reachable from the internet; only its access policy decides who gets in, and no security group or network control applies. Public search clusters are a frequent source of data leaks.",
    remediation: "Create the domain inside the VPC with `vpc_options { subnet_ids = […] security_group_ids = […] }` (this requires a new domain) and reach it through private networking.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["opensearch", "elasticsearch", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#vpc_options"
    ]
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
`
      }
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
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-redshift-publicly-accessible.ts
var aws_redshift_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-redshift-publicly-accessible",
    title: "Redshift cluster is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_redshift_cluster"],
    description: "`publicly_accessible = true` gives the data warehouse a public IP address and a DNS name that resolves to it from the internet; only its security groups then keep attackers away from the database port.",
    remediation: "Set `publicly_accessible = false` and reach the cluster from inside the VPC, through a VPN, or with Redshift-managed VPC endpoints.",
    precision: "very-high",
    cwe: ["CWE-284"],
    tags: ["redshift", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible"
    ]
  },
  check(cluster, { report }) {
    if (isTrue(cluster.attributes.publicly_accessible)) {
      report({ at: ["publicly_accessible"], message: `Redshift cluster ${cluster.name} is publicly accessible from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_redshift_cluster" "analytics" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-opensearch.ts
var rules = [
  aws_opensearch_domain_policy_public_default,
  aws_opensearch_encryption_at_rest_default,
  aws_opensearch_https_not_enforced_default,
  aws_opensearch_node_to_node_encryption_default,
  aws_opensearch_outdated_tls_policy_default,
  aws_redshift_encryption_at_rest_default,
  aws_opensearch_not_in_vpc_default,
  aws_redshift_publicly_accessible_default
];
export {
  rules
};
