#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  adminRoleRelated,
  adminRolesDesignatedBy,
  blocksOf,
  describeAdminGrants,
  isFalse,
  isInternetCidr,
  isTrue,
  isUnset,
  singleBlock
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-eks-node-group-admin-role.ts
var aws_eks_node_group_admin_role_default = defineRule({
  meta: {
    id: "aws-eks-node-group-admin-role",
    title: "EKS node group runs with an administrator role",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_node_group"],
    description: "The node role of the group is an administrator of the account. Every pod scheduled on these nodes can read the node's credentials from the instance metadata service unless IMDS is locked down, so one compromised container (or anyone allowed to create pods) becomes an account administrator.",
    remediation: "Give the node role only `AmazonEKSWorkerNodePolicy`, `AmazonEC2ContainerRegistryReadOnly` and the CNI policy; grant workloads their own permissions through IRSA or EKS Pod Identity, and require IMDSv2 with a hop limit of 1.",
    precision: "high",
    cwe: ["CWE-250", "CWE-269"],
    tags: ["eks", "iam", "iam-wildcard", "least-privilege"],
    references: ["https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html"]
  },
  check(group, { graph, report }) {
    const [admin] = adminRolesDesignatedBy(graph, group, ["node_role_arn"]);
    if (!admin) return;
    report({
      at: ["node_role_arn"],
      message: `${group.name} nodes run as ${admin.role.name}, an administrator role through ${describeAdminGrants(admin.grants)}; any pod can take its credentials`,
      related: adminRoleRelated(admin)
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}
`
      }
    ],
    invalid: [
      {
        name: "AdministratorAccess among the role's managed policies",
        filename: "main.tf",
        code: `resource "aws_iam_role" "nodes" {
  name               = "eks-nodes"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

resource "aws_eks_node_group" "default" {
  cluster_name  = "main"
  node_role_arn = aws_iam_role.nodes.arn
  subnet_ids    = ["subnet-0a1b2c3d"]
}
`,
        errors: [{ line: 12, column: 3, messageIncludes: "AdministratorAccess" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-efs-encryption-at-rest.ts
var aws_efs_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-efs-encryption-at-rest",
    title: "EFS file system not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_efs_file_system"],
    description: "The file system stores its files and metadata unencrypted. EFS encryption at rest can only be chosen when the file system is created, so fixing it later means creating a new file system and copying every file across.",
    remediation: "Set `encrypted = true` and `kms_key_id` to a customer-managed KMS key, then migrate the data to the new, encrypted file system (for example with AWS DataSync).",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.4.1"] },
    tags: ["efs", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted"
    ]
  },
  check(fileSystem, { report }) {
    const encrypted = fileSystem.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["encrypted"], message: `EFS file system ${fileSystem.name} is not encrypted at rest (encrypted = false)` });
    } else if (isUnset(fileSystem.attributes.kms_key_id)) {
      report({ message: `EFS file system ${fileSystem.name} does not set encrypted = true, so its files are not encrypted at rest` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token   = "shared-home"
  performance_mode = "generalPurpose"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared-home"
  encrypted      = false
}
`,
        errors: [{ line: 3, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-eks-secrets-encryption-missing.ts
var aws_eks_secrets_encryption_missing_default = defineRule({
  meta: {
    id: "aws-eks-secrets-encryption-missing",
    title: "EKS cluster without KMS envelope encryption of Kubernetes secrets",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "The cluster has no `encryption_config` for `secrets`, so Kubernetes Secrets are not envelope-encrypted with a KMS key you control. Older clusters store them in etcd protected only by volume encryption; newer ones use an AWS-owned key whose use you cannot audit in CloudTrail, restrict or revoke.",
    remediation: 'Add `encryption_config { resources = ["secrets"]  provider { key_arn = aws_kms_key.eks.arn } }` with a customer-managed key that has rotation enabled.',
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["eks", "kubernetes", "secrets", "encryption-at-rest", "kms"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config"
    ]
  },
  check(cluster, { report }) {
    const config = cluster.attributes.encryption_config;
    if (isUnknown(config)) return;
    const blocks = asList(config);
    if (blocks.length === 0) {
      report({ message: `EKS cluster ${cluster.name} does not encrypt Kubernetes secrets with a KMS key (no encryption_config)` });
      return;
    }
    for (const [index, block] of blocks.entries()) {
      if (!isObject(block)) return;
      const resources = block.resources;
      if (isUnknown(resources) || Array.isArray(resources) && resources.some((item) => item === "secrets" || isUnknown(item))) return;
      if (index === blocks.length - 1) {
        const at = isObject(config) ? ["encryption_config"] : ["encryption_config", index];
        report({ at, message: `EKS cluster ${cluster.name}: encryption_config does not cover "secrets"` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids = aws_subnet.private[*].id
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elasticache-encryption-at-rest.ts
var aws_elasticache_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-elasticache-encryption-at-rest",
    title: "ElastiCache replication group not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description: "The Redis or Valkey replication group writes swap files, backups and snapshots to disk unencrypted. Caches often hold session tokens and personal data copied from the primary database, and encryption at rest can only be chosen when the group is created.",
    remediation: "Set `at_rest_encryption_enabled = true` (with `kms_key_id` for a customer-managed key) and recreate the replication group, restoring from a backup if the data must be kept.",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["elasticache", "redis", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled"
    ]
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.at_rest_encryption_enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    if (isFalse(enabled)) {
      report({ at: ["at_rest_encryption_enabled"], message: `ElastiCache replication group ${group.name} is not encrypted at rest (at_rest_encryption_enabled = false)` });
      return;
    }
    if (!isUnset(attributes.global_replication_group_id) || !isUnset(attributes.kms_key_id)) return;
    report({ message: `ElastiCache replication group ${group.name} does not set at_rest_encryption_enabled = true, so its data is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  at_rest_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elasticache-encryption-in-transit.ts
var aws_elasticache_encryption_in_transit_default = defineRule({
  meta: {
    id: "aws-elasticache-encryption-in-transit",
    title: "ElastiCache replication group without encryption in transit (TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elasticache_replication_group"],
    description: 'Clients and replicas talk to the Redis or Valkey nodes in plain text, or TLS is only offered (`transit_encryption_mode = "preferred"`) so clients may still connect without it. Anyone who can observe traffic in the VPC can read cached data and the AUTH token.',
    remediation: 'Set `transit_encryption_enabled = true` with `transit_encryption_mode = "required"`, and configure clients to connect over TLS.',
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elasticache", "redis", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled"
    ]
  },
  check(group, { report }) {
    const attributes = group.attributes;
    const enabled = attributes.transit_encryption_enabled;
    if (isUnknown(enabled)) return;
    if (isTrue(enabled)) {
      if (typeof attributes.transit_encryption_mode === "string" && attributes.transit_encryption_mode.toLowerCase() === "preferred") {
        report({ at: ["transit_encryption_mode"], message: `ElastiCache replication group ${group.name} accepts unencrypted connections besides TLS (transit_encryption_mode = "preferred")` });
      }
      return;
    }
    if (isFalse(enabled)) {
      report({ at: ["transit_encryption_enabled"], message: `ElastiCache replication group ${group.name} has no encryption in transit: TLS is turned off (transit_encryption_enabled = false)` });
    } else if (isUnset(attributes.global_replication_group_id)) {
      report({ message: `ElastiCache replication group ${group.name} does not set transit_encryption_enabled = true, so clients connect without TLS` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.redis_auth_token
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "TLS" }]
      },
      {
        name: "TLS offered but not required",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-elb-listener-http.ts
var aws_elb_listener_http_default = defineRule({
  meta: {
    id: "aws-elb-listener-http",
    title: "Classic load balancer listener uses plain HTTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_elb"],
    description: 'A listener of the Classic Load Balancer accepts client traffic over plain HTTP (`lb_protocol = "http"`). Classic load balancers cannot redirect to HTTPS, so everything sent to that listener, cookies and credentials included, crosses the network unencrypted.',
    remediation: "Replace the listener with an `https` listener and an ACM certificate (`ssl_certificate_id`), or migrate to an Application Load Balancer that redirects HTTP to HTTPS.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener"
    ]
  },
  check(balancer, { report }) {
    for (const { block, at } of blocksOf(balancer.attributes, "listener") ?? []) {
      const protocol = block.lb_protocol;
      if (typeof protocol === "string" && protocol.toLowerCase() === "http") {
        report({ at: [...at, "lb_protocol"], message: `Classic load balancer ${balancer.name} has an HTTP listener on port ${String(block.lb_port)}: traffic is not encrypted with TLS` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_elb" "web" {
  name    = "web"
  subnets = [aws_subnet.public.id]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_elb" "web" {
  name    = "web"
  subnets = [aws_subnet.public.id]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
`,
        errors: [{ line: 9, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-eks-public-endpoint.ts
var aws_eks_public_endpoint_default = defineRule({
  meta: {
    id: "aws-eks-public-endpoint",
    title: "EKS cluster API endpoint is publicly accessible from 0.0.0.0/0",
    severity: "medium",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "The Kubernetes API server has a public endpoint (the default) and `public_access_cidrs` is left open to `0.0.0.0/0`. Anyone on the internet can reach the API to probe it, try stolen credentials or exploit an API server vulnerability.",
    remediation: "Set `endpoint_public_access = false` and `endpoint_private_access = true`, or restrict `public_access_cidrs` to the networks of your administrators and CI.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["eks", "kubernetes", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#public_access_cidrs"
    ]
  },
  check(cluster, { report }) {
    const config = singleBlock(cluster.attributes, "vpc_config");
    if (!config || config === "unknown") return;
    const publicAccess = config.block.endpoint_public_access;
    if (isFalse(publicAccess) || isUnknown(publicAccess)) return;
    const cidrs = config.block.public_access_cidrs;
    if (isUnknown(cidrs)) {
      if (publicAccess === true) report({ at: [...config.at, "endpoint_public_access"], message: `EKS cluster ${cluster.name} API endpoint is publicly accessible (endpoint_public_access = true); its allowed CIDRs are not known statically` });
      return;
    }
    if (Array.isArray(cidrs) && cidrs.length > 0) {
      const index = cidrs.findIndex((cidr) => isInternetCidr(cidr));
      if (index < 0) return;
      report({ at: [...config.at, "public_access_cidrs", index], message: `EKS cluster ${cluster.name} API endpoint is public and open to ${String(cidrs[index])}` });
      return;
    }
    const at = publicAccess === void 0 || publicAccess === null ? config.at : [...config.at, "endpoint_public_access"];
    report({ at, message: `EKS cluster ${cluster.name} API endpoint is publicly accessible from 0.0.0.0/0 (no public_access_cidrs)` });
  },
  examples: {
    valid: [
      {
        name: "private endpoint only",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
`
      },
      {
        name: "public endpoint limited to the office",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids          = aws_subnet.private[*].id
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
`
      }
    ],
    invalid: [
      {
        name: "public by default",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids              = aws_subnet.private[*].id
    endpoint_private_access = true
  }
}
`,
        errors: [{ line: 5, column: 3 }]
      },
      {
        name: "explicitly open to the world",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 8, column: 31 }]
      },
      {
        name: "explicitly public, sources from a variable",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids             = aws_subnet.private[*].id
    endpoint_public_access = true
    public_access_cidrs    = var.api_sources
  }
}
`,
        errors: [{ line: 7, column: 5, messageIncludes: "not known statically" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-eks-control-plane-logging-incomplete.ts
var REQUIRED_LOG_TYPES = ["api", "audit"];
var aws_eks_control_plane_logging_incomplete_default = defineRule({
  meta: {
    id: "aws-eks-control-plane-logging-incomplete",
    title: "EKS control-plane API or audit logs not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_eks_cluster"],
    description: "EKS sends no control-plane logs to CloudWatch unless `enabled_cluster_log_types` lists them. Without the `audit` and `api` logs there is no record of who read secrets, created pods or changed RBAC in the cluster.",
    remediation: 'Set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (add `controllerManager` and `scheduler` if useful) and give the `/aws/eks/<cluster>/cluster` log group a retention period.',
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "eks", "kubernetes", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types"
    ]
  },
  check(cluster, { report }) {
    const types = cluster.attributes.enabled_cluster_log_types;
    if (isUnknown(types)) return;
    if (types === void 0 || types === null) {
      report({ message: `EKS cluster ${cluster.name} sends no control-plane logs: enabled_cluster_log_types is not set, so api and audit logs are missing` });
      return;
    }
    if (!Array.isArray(types) || types.some((type) => isUnknown(type))) return;
    const missing = REQUIRED_LOG_TYPES.filter((required) => !types.includes(required));
    if (missing.length > 0) {
      report({ at: ["enabled_cluster_log_types"], message: `EKS cluster ${cluster.name} does not enable the ${missing.join(" and ")} control-plane log${missing.length > 1 ? "s" : ""}` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`
      }
    ],
    invalid: [
      {
        name: "audit log left out",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name                      = "platform"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "audit control-plane log" }]
      },
      {
        name: "no logs at all",
        filename: "main.tf",
        code: `resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-efs.ts
var rules = [
  aws_eks_node_group_admin_role_default,
  aws_efs_encryption_at_rest_default,
  aws_eks_secrets_encryption_missing_default,
  aws_elasticache_encryption_at_rest_default,
  aws_elasticache_encryption_in_transit_default,
  aws_elb_listener_http_default,
  aws_eks_public_endpoint_default,
  aws_eks_control_plane_logging_incomplete_default
];
export {
  rules
};
