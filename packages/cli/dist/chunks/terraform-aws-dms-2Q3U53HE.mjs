#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  actionsText,
  allowsAnyone,
  blocksOf,
  isFalse,
  isHardcodedSecretValue,
  isSecretName,
  isTrue,
  isUnset,
  policyAt,
  secretsInText,
  singleBlock,
  statementLabel
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

// packages/rules/src/terraform/iam/aws-ecr-repository-policy-public.ts
var aws_ecr_repository_policy_public_default = defineRule({
  meta: {
    id: "aws-ecr-repository-policy-public",
    title: "ECR repository policy allows any principal (public repository)",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository_policy"],
    description: 'The repository policy allows `Principal: "*"` with no condition naming an account or organisation. Any AWS account can pull the private images (and the code and secrets baked into them), or, when push actions are allowed, replace them with its own.',
    remediation: "Name the accounts that pull or push in `Principal`, or add an `aws:PrincipalOrgID` condition. Publish images meant for the public in an ECR Public repository instead.",
    precision: "high",
    cwe: ["CWE-732"],
    tags: ["ecr", "resource-policy", "public-access-policy"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"]
  },
  check(policyResource, { graph, report }) {
    const policy = policyAt(graph, policyResource, ["policy"]);
    for (const statement of policy?.statements ?? []) {
      if (!allowsAnyone(statement)) continue;
      report({
        at: policy.at,
        message: `${policyResource.name}: ${statementLabel(statement)} allows any principal (Principal "*") to ${actionsText(statement)}`,
        related: policy.related(statement)
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository_policy" "api" {
  repository = aws_ecr_repository.api.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "ecr:BatchGetImage" }]
      }
    ]
  }
});

// packages/rules/src/terraform/iam/aws-ecs-task-definition-hardcoded-secret.ts
var aws_ecs_task_definition_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-ecs-task-definition-hardcoded-secret",
    title: "Hardcoded secret in ECS task definition container environment",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecs_task_definition"],
    description: "A container's `environment` in `container_definitions` holds a literal credential: a variable named like a password, secret, token or key, or an AWS access key or private key as a value. Task definitions are readable by anyone with `ecs:DescribeTaskDefinition`, every revision keeps the value forever, and it is also in the repository and the Terraform state.",
    remediation: "Move the value to AWS Secrets Manager or SSM Parameter Store and reference it from the container's `secrets` list (`valueFrom`), which ECS injects at start; use the task role instead of access keys.",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "ecs", "environment-variables"],
    references: ["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"]
  },
  check(task, { report }) {
    const definitions = parseDefinitions(task.attributes.container_definitions);
    if (!definitions) return;
    const found = [];
    for (const container of definitions) {
      if (!isObject(container) || !Array.isArray(container.environment)) continue;
      const containerName = typeof container.name === "string" ? container.name : "container";
      for (const variable of container.environment) {
        if (!isObject(variable) || typeof variable.name !== "string" || !isHardcodedSecretValue(variable.value)) continue;
        const kinds = secretsInText(variable.value).filter((kind) => kind !== "a password");
        if (kinds.length > 0 || isSecretName(variable.name)) found.push(`${containerName}: ${variable.name}`);
      }
    }
    if (found.length === 0) return;
    report({ at: ["container_definitions"], message: `${task.name}: container environment holds hardcoded secrets (${found.join(", ")}); use secrets with valueFrom` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name        = "api"
    image       = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api/db" }]
  }])
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([{
    name  = "api"
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2"
    environment = [
      { name = "LOG_LEVEL", value = "info" },
      { name = "DB_PASSWORD", value = "Winter2024!" }
    ]
  }])
}
`,
        errors: [{ line: 3, column: 3, messageIncludes: "api: DB_PASSWORD" }]
      }
    ]
  }
});
function parseDefinitions(value) {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return void 0;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// packages/rules/src/terraform/encryption/aws-docdb-encryption-at-rest.ts
var aws_docdb_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-docdb-encryption-at-rest",
    title: "DocumentDB cluster storage not encrypted at rest",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster"],
    description: "The DocumentDB cluster's storage, automated backups and snapshots are unencrypted. The setting cannot be changed on an existing cluster; the data has to be moved to a new encrypted one.",
    remediation: "Set `storage_encrypted = true` and `kms_key_id` to a customer-managed KMS key when creating the cluster.",
    precision: "very-high",
    cwe: ["CWE-311"],
    tags: ["documentdb", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted"
    ]
  },
  check(cluster, { report }) {
    const attributes = cluster.attributes;
    const encrypted = attributes.storage_encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isFalse(encrypted)) {
      report({ at: ["storage_encrypted"], message: `DocumentDB cluster ${cluster.name} is not encrypted at rest (storage_encrypted = false)` });
      return;
    }
    const inherits = ["snapshot_identifier", "global_cluster_identifier", "kms_key_id", "restore_to_point_in_time"].some((key) => !isUnset(attributes[key]));
    if (!inherits) report({ message: `DocumentDB cluster ${cluster.name} does not set storage_encrypted = true, so its storage is not encrypted at rest` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
  storage_encrypted  = true
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "not encrypted at rest" }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-docdb-tls-disabled.ts
var aws_docdb_tls_disabled_default = defineRule({
  meta: {
    id: "aws-docdb-tls-disabled",
    title: "DocumentDB parameter group turns off TLS (encryption in transit)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_docdb_cluster_parameter_group"],
    description: "The `tls` parameter is `disabled`, so clusters using this parameter group accept connections without TLS and database credentials and documents travel in clear text inside the VPC.",
    remediation: "Set the `tls` parameter to `enabled` (or a `fips-140-3` / `tls1.2+` value) and reboot the cluster instances.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["documentdb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group"
    ]
  },
  check(group, { report }) {
    for (const { block, at } of blocksOf(group.attributes, "parameter") ?? []) {
      if (block.name === "tls" && typeof block.value === "string" && block.value.toLowerCase() === "disabled") {
        report({ at: [...at, "value"], message: `DocumentDB parameter group ${group.name} disables TLS for client connections (tls = "disabled")` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_docdb_cluster_parameter_group" "catalog" {
  family = "docdb5.0"
  name   = "catalog"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-dynamodb-table-customer-managed-key.ts
var aws_dynamodb_table_customer_managed_key_default = defineRule({
  meta: {
    id: "aws-dynamodb-table-customer-managed-key",
    title: "DynamoDB table encrypted only with an AWS-owned key (no KMS key)",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_dynamodb_table"],
    description: "Every DynamoDB table is encrypted at rest, but without `server_side_encryption { enabled = true }` the key is owned by AWS and invisible to the account: its use is not logged in CloudTrail and no key policy can restrict who decrypts the table or its backups.",
    remediation: "Add `server_side_encryption { enabled = true }` with `kms_key_arn` set to a customer-managed KMS key (without it, the AWS-managed `aws/dynamodb` key is used).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["dynamodb", "kms", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption"
    ]
  },
  check(table, { report }) {
    const sse = singleBlock(table.attributes, "server_side_encryption");
    if (sse === "unknown") return;
    if (!sse) {
      report({ message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: no server_side_encryption with a KMS key` });
      return;
    }
    const enabled = sse.block.enabled;
    if (isTrue(enabled) || isUnknown(enabled)) return;
    const at = isFalse(enabled) ? [...sse.at, "enabled"] : sse.at;
    report({ at, message: `DynamoDB table ${table.name} is encrypted with an AWS-owned key only: server-side encryption with a KMS key is turned off` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
}
`,
        errors: [{ line: 1, column: 1 }]
      },
      {
        name: "explicitly disabled",
        filename: "main.tf",
        code: `resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "order_id"

  server_side_encryption {
    enabled = false
  }
}
`,
        errors: [{ line: 6, column: 5 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-ebs-encryption-at-rest.ts
var aws_ebs_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-ebs-encryption-at-rest",
    title: "EBS volume not encrypted",
    severity: "high",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_volume"],
    description: "The volume is created unencrypted. Its data, and every snapshot taken of it, can be read by anyone who obtains a copy, and unencrypted snapshots can be shared outside the account.",
    remediation: "Set `encrypted = true` (and `kms_key_id` to a customer-managed key), or turn on EBS encryption by default for the account and region.",
    precision: "high",
    cwe: ["CWE-311"],
    frameworks: { "CIS AWS Foundations 3.0": ["2.2.1"] },
    tags: ["ebs", "encryption-at-rest"],
    references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"]
  },
  check(volume, { report }) {
    const encrypted = volume.attributes.encrypted;
    if (encrypted === true || isUnknown(encrypted)) return;
    if (volume.attributes.snapshot_id !== void 0 && volume.attributes.snapshot_id !== null && encrypted === void 0) return;
    if (encrypted === void 0) report({ message: `EBS volume ${volume.name} does not set encrypted = true` });
    else report({ at: ["encrypted"], message: `EBS volume ${volume.name} is explicitly unencrypted` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly false",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "not set",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/encryption/aws-ebs-snapshot-encryption-at-rest.ts
var aws_ebs_snapshot_encryption_at_rest_default = defineRule({
  meta: {
    id: "aws-ebs-snapshot-encryption-at-rest",
    title: "EBS snapshot not encrypted at rest",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
    description: "The snapshot is stored unencrypted: it is taken of an unencrypted volume, or a copy explicitly turns encryption off. Unencrypted snapshots can be shared with other accounts or made public, and anyone who can restore them reads the whole disk.",
    remediation: "Snapshot only encrypted volumes, and copy existing unencrypted snapshots with `aws_ebs_snapshot_copy` and `encrypted = true` (plus `kms_key_id`).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["ebs", "snapshot", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy#encrypted"
    ]
  },
  check(snapshot, { graph, report }) {
    if (snapshot.type === "aws_ebs_snapshot_copy") {
      if (isFalse(snapshot.attributes.encrypted)) {
        report({ at: ["encrypted"], message: `EBS snapshot copy ${snapshot.name} is not encrypted at rest (encrypted = false)` });
      }
      return;
    }
    if (isTrue(snapshot.attributes.encrypted)) return;
    const volumes = graph.targets(snapshot.id, "references").filter((target) => target.type === "aws_ebs_volume");
    if (volumes.length !== 1) return;
    const volume = volumes[0];
    const encrypted = volume.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    if (isUnset(encrypted) && !isUnset(volume.attributes.snapshot_id)) return;
    report({ at: ["volume_id"], message: `EBS snapshot ${snapshot.name} is not encrypted at rest: it is taken of the unencrypted volume ${volume.name}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`
      }
    ],
    invalid: [
      {
        name: "snapshot of an unencrypted volume",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
        errors: [{ line: 7, column: 3 }]
      },
      {
        name: "unencrypted copy",
        filename: "main.tf",
        code: `resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f67890"
  source_region      = "eu-west-1"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/terraform/networking/aws-dms-replication-instance-public.ts
var aws_dms_replication_instance_public_default = defineRule({
  meta: {
    id: "aws-dms-replication-instance-public",
    title: "DMS replication instance is publicly accessible",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_dms_replication_instance"],
    description: "The replication instance gets a public IP address, either because `publicly_accessible = true` or because the setting is left out and DMS defaults to public. The instance holds credentials for both source and target databases and streams their data.",
    remediation: "Set `publicly_accessible = false` and connect the instance to its endpoints through private subnets, VPC peering or a VPN.",
    precision: "high",
    cwe: ["CWE-284"],
    tags: ["dms", "network-exposure"],
    references: [
      "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible"
    ]
  },
  check(instance, { report }) {
    const value = instance.attributes.publicly_accessible;
    if (isTrue(value)) {
      report({ at: ["publicly_accessible"], message: `DMS replication instance ${instance.name} is publicly accessible (publicly_accessible = true)` });
    } else if (value === void 0 || value === null) {
      report({ message: `DMS replication instance ${instance.name} does not set publicly_accessible = false, and DMS makes it publicly accessible by default` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "orders-migration"
  replication_instance_class  = "dms.t3.medium"
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
  publicly_accessible         = false
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true
}
`,
        errors: [{ line: 4, column: 3 }]
      },
      {
        name: "left to the public default",
        filename: "main.tf",
        code: `resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/supply-chain/aws-ecr-image-tags-mutable.ts
var aws_ecr_image_tags_mutable_default = defineRule({
  meta: {
    id: "aws-ecr-image-tags-mutable",
    title: "ECR repository allows mutable image tags",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description: "Image tags in the repository are mutable (the default): pushing again under an existing tag such as `v1.4.2` silently replaces the image. Deployments that pull by tag can then run code that was never reviewed or scanned, and a compromised pipeline can swap a released image without a trace in the tag.",
    remediation: 'Set `image_tag_mutability = "IMMUTABLE"` (or `IMMUTABLE_WITH_EXCLUSION` for a `latest`-style tag you deliberately move), and deploy images by digest.',
    precision: "very-high",
    cwe: ["CWE-494"],
    tags: ["ecr", "container-image", "mutable-tags", "immutable-tags"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"]
  },
  check(repository, { report }) {
    const mutability = repository.attributes.image_tag_mutability;
    if (isUnknown(mutability)) return;
    if (isUnset(mutability)) {
      report({ message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability defaults to MUTABLE)` });
    } else if (mutability === "MUTABLE" || mutability === "MUTABLE_WITH_EXCLUSION") {
      report({ at: ["image_tag_mutability"], message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability = "${mutability}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`
      }
    ],
    invalid: [
      {
        name: "explicitly mutable",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "MUTABLE"
}
`,
        errors: [{ line: 3, column: 3 }]
      },
      {
        name: "default",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/terraform/supply-chain/aws-ecr-scan-on-push-disabled.ts
var aws_ecr_scan_on_push_disabled_default = defineRule({
  meta: {
    id: "aws-ecr-scan-on-push-disabled",
    title: "ECR repository image scan on push not enabled",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description: "Images pushed to the repository are not scanned for known vulnerabilities (`image_scanning_configuration.scan_on_push` is not true) and no registry-wide scanning configuration is declared. Images with known CVEs in their OS packages or libraries reach deployment unnoticed.",
    remediation: "Set `image_scanning_configuration { scan_on_push = true }`, or configure scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (enhanced scanning with Amazon Inspector rescans continuously).",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["ecr", "container-image", "scan-on-push", "vulnerability-scanning"],
    references: [
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration"
    ]
  },
  check(repository, { graph, report }) {
    const group = repository.id.slice(0, repository.id.indexOf("::"));
    if (graph.ofType("aws_ecr_registry_scanning_configuration").some((configuration2) => configuration2.id.startsWith(`${group}::`))) return;
    const configuration = repository.attributes.image_scanning_configuration;
    if (isUnknown(configuration)) return;
    const block = asList(configuration)[0];
    if (block === void 0) {
      report({ message: `ECR repository ${repository.name} does not scan images on push (no image_scanning_configuration)` });
      return;
    }
    if (!isObject(block) || isUnknown(block.scan_on_push) || isTrue(block.scan_on_push)) return;
    const base = isObject(configuration) ? ["image_scanning_configuration"] : ["image_scanning_configuration", 0];
    const at = block.scan_on_push === void 0 ? base : [...base, "scan_on_push"];
    report({ at, message: `ECR repository ${repository.name} does not scan images on push (scan_on_push is not true)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`
      },
      {
        name: "registry-wide scanning",
        filename: "main.tf",
        code: `resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "api" {
  name = "api"
}
`
      }
    ],
    invalid: [
      {
        name: "turned off",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
  image_scanning_configuration {
    scan_on_push = false
  }
}
`,
        errors: [{ line: 4, column: 5 }]
      },
      {
        name: "not configured",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}
`,
        errors: [{ line: 1, column: 1 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-aws-dms.ts
var rules = [
  aws_ecr_repository_policy_public_default,
  aws_ecs_task_definition_hardcoded_secret_default,
  aws_docdb_encryption_at_rest_default,
  aws_docdb_tls_disabled_default,
  aws_dynamodb_table_customer_managed_key_default,
  aws_ebs_encryption_at_rest_default,
  aws_ebs_snapshot_encryption_at_rest_default,
  aws_dms_replication_instance_public_default,
  aws_ecr_image_tags_mutable_default,
  aws_ecr_scan_on_push_disabled_default
];
export {
  rules
};
