#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  blocksOf,
  isFalse,
  isHardcodedSecretValue,
  isSecretName,
  isTrue,
  isUnset,
  secretsInText,
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

// packages/rules/src/terraform/iam/aws-codebuild-plaintext-secret.ts
var aws_codebuild_plaintext_secret_default = defineRule({
  meta: {
    id: "aws-codebuild-plaintext-secret",
    title: "Hardcoded secret in a CodeBuild PLAINTEXT environment variable",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_codebuild_project"],
    description: "A `PLAINTEXT` environment variable of the build project holds a literal credential (a name saying password, secret, token or key, or an access key or private key as the value). Plain-text variables are shown in the console and build logs and returned by `BatchGetProjects`; the value is also in the repository and the Terraform state.",
    remediation: 'Store the value in Secrets Manager or SSM Parameter Store and use `type = "SECRETS_MANAGER"` or `"PARAMETER_STORE"` with the secret\'s name as `value`.',
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "codebuild", "ci"],
    references: ["https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html"]
  },
  check(project, { report }) {
    asList(project.attributes.environment).forEach((environment, environmentIndex) => {
      if (!isObject(environment)) return;
      asList(environment.environment_variable).forEach((variable, index) => {
        if (!isObject(variable) || typeof variable.name !== "string") return;
        if (variable.type !== void 0 && variable.type !== null && variable.type !== "PLAINTEXT") return;
        if (!isHardcodedSecretValue(variable.value)) return;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length === 0 && !isSecretName(variable.name)) return;
        report({
          at: ["environment", environmentIndex, "environment_variable", index, "value"],
          message: `${project.name}: PLAINTEXT environment variable ${variable.name} holds ${kinds.length > 0 ? kinds.join(", ") : "a hardcoded secret"}`
        });
      });
    });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "release/npm-token"
    }
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = aws_iam_role.release.arn
  artifacts { type = "NO_ARTIFACTS" }
  source { type = "GITHUB" }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      value = "npm_Xk29fLq81ZpWm4Tr7Yb0Nc5Vd2Hs6Ja3Ge"
    }
  }
}
`,
        errors: [{ line: 14, column: 7, messageIncludes: "NPM_TOKEN" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-database-hardcoded-password.ts
var PASSWORD_ATTRIBUTE = {
  aws_db_instance: "password",
  aws_rds_cluster: "master_password",
  aws_docdb_cluster: "master_password",
  aws_redshift_cluster: "master_password",
  aws_neptune_cluster: "master_password",
  aws_elasticache_replication_group: "auth_token",
  aws_memorydb_user: "passwords"
};
var aws_database_hardcoded_password_default = defineRule({
  meta: {
    id: "aws-database-hardcoded-password",
    title: "Hardcoded database master password in clear text",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: Object.keys(PASSWORD_ATTRIBUTE),
    description: "The database's master password (or Redis auth token) is a literal in the configuration or plan. It is readable by everyone with access to the repository or the plan file, stays in version history after it is changed, and is the same for every environment built from the code.",
    remediation: "Set `manage_master_user_password = true` (RDS, Aurora, Redshift, DocumentDB) so AWS keeps the password in Secrets Manager and rotates it, or pass it from a secret store through a sensitive variable without a default.",
    precision: "very-high",
    cwe: ["CWE-798", "CWE-259"],
    tags: ["secrets", "hardcoded-secret", "hardcoded-password", "database"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password"
    ]
  },
  check(database, { report }) {
    if (isTrue(database.attributes.manage_master_user_password)) return;
    const attribute = PASSWORD_ATTRIBUTE[database.type];
    const value = database.attributes[attribute];
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((item) => isHardcodedSecretValue(item))) return;
    report({ at: [attribute], message: `${database.name}: ${attribute} is a hardcoded password in clear text` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "orders"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = var.reports_db_password
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "reports" {
  engine          = "aurora-postgresql"
  master_username = "reports"
  master_password = "Rep0rts-2024"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "master_password" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudtrail-customer-managed-key.ts
var aws_cloudtrail_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-cloudtrail-customer-managed-key",
    title: "CloudTrail logs not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "Without `kms_key_id` CloudTrail log files are protected only by the bucket's S3-managed encryption, so anyone allowed to read the bucket reads the account's whole API history. SSE-KMS with your own key adds a second, separately audited permission (`kms:Decrypt`) in front of the logs.",
    remediation: "Create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set `kms_key_id` to its ARN.",
    precision: "very-high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS 1.4.0": ["3.7"] },
    tags: ["aws", "cloudtrail", "kms", "encryption-at-rest", "audit"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id"
    ]
  },
  check(trail, { report }) {
    const key = trail.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudTrail trail ${trail.name} does not encrypt its log files with a customer-managed KMS key (kms_key_id is not set)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.audit.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "KMS" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-cloudwatch-log-group-customer-managed-key.ts
var aws_cloudwatch_log_group_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-cloudwatch-log-group-customer-managed-key",
    title: "CloudWatch log group not encrypted with a customer-managed KMS key",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudwatch_log_group"],
    description: "CloudWatch Logs always encrypts log data, but without `kms_key_id` it uses a service key that anyone with log read permissions can use. Logs often carry tokens, personal data and request payloads; a customer-managed key adds a key policy and an audit trail around reading them.",
    remediation: "Set `kms_key_id` to a customer-managed KMS key whose key policy allows the `logs.<region>.amazonaws.com` service principal.",
    precision: "medium",
    cwe: ["CWE-311"],
    tags: ["cloudwatch", "logs", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id"
    ]
  },
  check(group, { report }) {
    const key = group.attributes.kms_key_id;
    if (isUnknown(key) || !isUnset(key)) return;
    report({ message: `CloudWatch log group ${group.name} is not encrypted with a customer-managed KMS key (no kms_key_id)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.logs.arn
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 90
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-dax-encryption-at-rest.ts
var aws_dax_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-dax-encryption-at-rest",
    title: "DynamoDB Accelerator (DAX) cluster not encrypted at rest",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dax_cluster"],
    description: "Without server-side encryption the DAX cluster keeps its cached DynamoDB items and logs unencrypted on its nodes' disks, even when the tables behind it are encrypted. The setting is fixed when the cluster is created.",
    remediation: "Add `server_side_encryption { enabled = true }` and recreate the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["dax", "dynamodb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption"
    ]
  },
  check(cluster, { report }) {
    const sse = singleBlock(cluster.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DAX cluster ${cluster.name} has no server_side_encryption block, so its cache is not encrypted at rest` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || enabled !== false && enabled !== "false" && enabled !== void 0 && enabled !== null) return;
    report({ at: enabled === void 0 || enabled === null ? sse.at : [...sse.at, "enabled"], message: `DAX cluster ${cluster.name} is not encrypted at rest (server-side encryption disabled)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "disabled",
        filename: "main.tf",
        code: `resource "aws_dax_cluster" "catalog" {
  cluster_name       = "catalog"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 8, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-rds-encryption-at-rest.ts
var INHERITS_ENCRYPTION = ["snapshot_identifier", "replicate_source_db", "replication_source_identifier", "restore_to_point_in_time", "global_cluster_identifier"];
var aws_rds_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-rds-encryption-at-rest",
    title: "RDS database or Aurora cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
    description: "The database is created without storage encryption, so its data files, automated backups, read replicas and snapshots are all unencrypted. Encryption cannot be switched on later without copying a snapshot and restoring into a new instance.",
    remediation: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when the database is created; for an existing database, restore an encrypted copy of its latest snapshot and switch over.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.1"] },
    tags: ["rds", "aurora", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted"
    ]
  },
  check(database, { report }) {
    const attributes = database.attributes;
    const encrypted = attributes.storage_encrypted;
    const kind = database.type === "aws_rds_cluster" ? "RDS cluster" : "RDS instance";
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `${kind} ${database.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    if (!isUnset(attributes.kms_key_id)) return;
    if (INHERITS_ENCRYPTION.some((key) => !isUnset(attributes[key]))) return;
    if (attributes.engine_mode === "serverless") return;
    report({ message: `${kind} ${database.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        name: "encrypted with a customer key",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}
`
      },
      {
        name: "read replica inherits the source's encryption",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders_replica" {
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.t4g.medium"
}
`
      }
    ],
    invalid: [
      {
        name: "instance explicitly unencrypted",
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "not encrypted at rest" }]
      },
      {
        name: "Aurora cluster without storage_encrypted",
        filename: "main.tf",
        code: `resource "aws_rds_cluster" "billing" {
  cluster_identifier = "billing"
  engine             = "aurora-postgresql"
  master_username    = "billing"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-default-security-group-allows-traffic.ts
var aws_default_security_group_allows_traffic_default = defineRule({
  meta: {
    id: "aws-default-security-group-allows-traffic",
    title: "Default security group of the VPC allows traffic",
    severity: "low",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_default_security_group"],
    description: "The VPC's default security group declares ingress or egress rules. Resources launched without an explicit security group land in it silently, so any rule here grants them network access nobody chose.",
    remediation: "Declare `aws_default_security_group` with no `ingress` or `egress` blocks so it denies all traffic, and attach purpose-built security groups to every resource.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.4"] },
    tags: ["security-group", "vpc", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group"
    ]
  },
  check(group, { report }) {
    for (const direction of ["ingress", "egress"]) {
      const first = blocksOf(group.attributes, direction)?.[0];
      if (!first) continue;
      report({ at: first.at, message: `Default security group ${group.name} is not restricted: it allows ${direction} traffic` });
      return;
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "ingress" }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-rds-publicly-accessible.ts
var aws_rds_publicly_accessible_default = defineRule({
  meta: {
    id: "aws-rds-publicly-accessible",
    title: "RDS database instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
    description: "`publicly_accessible = true` gives the instance a public DNS name and address. Only its security groups then stand between the database and the internet.",
    remediation: "Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or a VPN).",
    precision: "very-high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.3.3"] },
    tags: ["rds", "network-exposure"],
    references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html"]
  },
  check(database, { report }) {
    if (database.attributes.publicly_accessible === true) {
      report({ at: ["publicly_accessible"], message: `${database.name} is reachable from the internet (publicly_accessible = true)` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  publicly_accessible = true
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-cloudtrail-log-file-validation-disabled.ts
var aws_cloudtrail_log_file_validation_disabled_default = defineRule({
  meta: {
    id: "aws-cloudtrail-log-file-validation-disabled",
    title: "CloudTrail log file integrity validation not enabled",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "Without log file validation CloudTrail writes no signed digest files, so nobody can prove that the audit logs in the bucket were not edited or deleted after delivery. An intruder with bucket access can cover their tracks undetected.",
    remediation: "Set `enable_log_file_validation = true` and check the digests with `aws cloudtrail validate-logs` during investigations.",
    precision: "very-high",
    cwe: ["CWE-354"],
    frameworks: { "CIS AWS 1.4.0": ["3.2"] },
    tags: ["aws", "cloudtrail", "audit", "logging", "integrity"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation"
    ]
  },
  check(trail, { report }) {
    const validation = trail.attributes.enable_log_file_validation;
    if (isUnknown(validation) || isTrue(validation)) return;
    if (isFalse(validation)) {
      report({ at: ["enable_log_file_validation"], message: `CloudTrail trail ${trail.name} has log file validation turned off: tampering with its audit logs cannot be detected` });
    } else if (isUnset(validation)) {
      report({ message: `CloudTrail trail ${trail.name} does not enable log file validation: tampering with its audit logs cannot be detected` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = true
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly off",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "log file validation" }]
      }
    ]
  }
});

// packages/rules/src/terraform/logging/aws-cloudtrail-not-multi-region.ts
var aws_cloudtrail_not_multi_region_default = defineRule({
  meta: {
    id: "aws-cloudtrail-not-multi-region",
    title: "CloudTrail trail records only its home region",
    severity: "medium",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_cloudtrail"],
    description: "A single-region trail logs API calls made in one region only. An attacker who launches instances, creates keys or changes IAM-adjacent settings in another region leaves no trail entry, and regions nobody uses are exactly where such activity goes unnoticed.",
    remediation: "Set `is_multi_region_trail = true` (and keep `include_global_service_events = true`) so the trail records every region, including ones enabled later.",
    precision: "high",
    cwe: ["CWE-778"],
    frameworks: { "CIS AWS 1.4.0": ["3.1"] },
    tags: ["aws", "cloudtrail", "audit", "logging"],
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail"
    ]
  },
  check(trail, { report }) {
    const multiRegion = trail.attributes.is_multi_region_trail;
    if (isUnknown(multiRegion) || isTrue(multiRegion)) return;
    if (isFalse(multiRegion)) {
      report({ at: ["is_multi_region_trail"], message: `CloudTrail trail ${trail.name} logs only its home region (is_multi_region_trail = false): activity in other regions is not audited` });
    } else if (isUnset(multiRegion)) {
      report({ message: `CloudTrail trail ${trail.name} logs only its home region: is_multi_region_trail is not set, so activity in other regions is not audited` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                          = "account-trail"
  s3_bucket_name                = aws_s3_bucket.audit.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}
`
      }
    ],
    invalid: [
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                       = "account-trail"
  s3_bucket_name             = aws_s3_bucket.audit.id
  enable_log_file_validation = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "audited" }]
      },
      {
        name: "explicitly single-region",
        filename: "main.tf",
        code: `resource "aws_cloudtrail" "account" {
  name                  = "account-trail"
  s3_bucket_name        = aws_s3_bucket.audit.id
  is_multi_region_trail = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-cloudtrail.ts
var rules = [
  aws_codebuild_plaintext_secret_default,
  aws_database_hardcoded_password_default,
  aws_cloudtrail_customer_managed_key_default,
  aws_cloudwatch_log_group_customer_managed_key_default,
  aws_dax_encryption_at_rest_default,
  aws_rds_encryption_at_rest_default,
  aws_default_security_group_allows_traffic_default,
  aws_rds_publicly_accessible_default,
  aws_cloudtrail_log_file_validation_disabled_default,
  aws_cloudtrail_not_multi_region_default
];
export {
  rules
};
